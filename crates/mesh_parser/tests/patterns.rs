//! Patterns (§4.1): every form and the precedence of `|`, `::` and `as`.

mod support;

use support::check;

/// Parses `pattern` as the pattern of a case arm and returns its dump.
#[track_caller]
fn pat(pattern: &str, expected: &str) {
    check(
        &format!("case x do\n  {pattern} -> 0\nend"),
        &format!("(case x (arm {expected} (block 0)))"),
    );
}

#[test]
fn primary_patterns() {
    pat("_", "_");
    pat("x", "x");
    pat("None", "None");
    pat("Shape.Empty", "(ctor Shape.Empty)");
    pat("Some(n)", "(ctor Some n)");
    pat("Shape.Circle(r)", "(ctor Shape.Circle r)");
    pat("Point { x: px, y: _ }", "(struct Point (x: px) (y: _))");
    pat("Geo.Point { x: 0 }", "(struct Geo.Point (x: 0))");
    pat("()", "()");
    pat("(a)", "a");
    pat("(a,)", "a");
    pat("(a, b)", "(tuple a b)");
    pat("[]", "(list)");
    pat("[a, b]", "(list a b)");
    pat("[h | t]", "(list h | t)");
    pat("[a, b | rest]", "(list a b | rest)");
    pat("Ctor()", "(ctor Ctor)");
}

#[test]
fn literal_patterns() {
    pat("1", "1");
    pat("-1", "-1");
    pat("2.5", "2.5");
    pat("-2.5", "-2.5");
    pat("\"s\"", "\"s\"");
    pat(":ok", ":ok");
    pat("true", "true");
    pat("false", "false");
    pat("nil", "()");
    pat("-9223372036854775808", "-9223372036854775808");
}

#[test]
fn bar_binds_tighter_than_cons_and_as_is_loosest() {
    pat("a | b :: t as all", "(as (:: (| a b) t) all)");
    pat("a :: b :: c", "(:: a (:: b c))");
    pat("(0 | 1) as bit", "(as (| 0 1) bit)");
    pat("w :: _", "(:: w _)");
}

#[test]
fn list_elements_are_restricted() {
    pat("[(0 | 1) as first, _]", "(list (as (| 0 1) first) _)");
    pat("[a :: b, c]", "(list (:: a b) c)");
    pat("[a | b | c]", "(list a | (| b c))");
}

#[test]
fn nested_patterns() {
    pat("Some((a, [b | _]))", "(ctor Some (tuple a (list b | _)))");
    pat("(:error, msg)", "(tuple :error msg)");
}
