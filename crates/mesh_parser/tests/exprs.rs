//! Expressions (§3.8–§3.10): precedence, postfix forms, literals,
//! collections, calls and keyword arguments.

mod support;

use support::check;

#[test]
fn precedence_follows_the_table() {
    let cases = [
        ("1 + 2 * 3 - 4 / 5 % 6", "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))"),
        ("a |> f(b) |> g", "(|> (|> a (call f b)) g)"),
        (
            "xs |> List.length() == 0",
            "(|> xs (== (call (. List length)) 0))",
        ),
        ("not a == b", "(== (not a) b)"),
        ("-x * y", "(* (neg x) y)"),
        ("-x.abs()", "(neg (call (. x abs)))"),
        (
            "!a && b || c and d or e",
            "(or (or (and (not a) b) (and c d)) e)",
        ),
        ("a < b < c", "(< (< a b) c)"),
        ("1..5 <> \"x\" ++ y", "(.. 1 (<> (<> 5 \"x\") y))"),
        ("a <= b >= c != d", "(!= (>= (<= a b) c) d)"),
        ("a == b and c > d", "(and (== a b) (> c d))"),
        ("- - x", "(neg (neg x))"),
        ("a - b - c", "(- (- a b) c)"),
    ];
    for (source, expected) in cases {
        check(source, expected);
    }
}

#[test]
fn postfix_chains() {
    check(
        "x.y.z(1)[2]?.w",
        "(. (? (index (call (. (. x y) z) 1) 2)) w)",
    );
    check("f (x)", "(call f x)");
    check("f()()", "(call (call f))");
    check("42.to_string()", "(call (. 42 to_string))");
}

#[test]
fn every_keyword_is_a_member_name() {
    let keywords = [
        "actor",
        "after",
        "alias",
        "and",
        "break",
        "call",
        "case",
        "cast",
        "cond",
        "continue",
        "def",
        "do",
        "else",
        "end",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "import",
        "in",
        "interface",
        "let",
        "link",
        "match",
        "module",
        "monitor",
        "nil",
        "not",
        "or",
        "pub",
        "receive",
        "return",
        "self",
        "send",
        "service",
        "spawn",
        "struct",
        "supervisor",
        "terminate",
        "trait",
        "trap",
        "true",
        "type",
        "when",
        "where",
        "while",
        "with",
    ];
    for keyword in keywords {
        check(
            &format!("M.{keyword}(x)"),
            &format!("(call (. M {keyword}) x)"),
        );
        check(&format!("x.{keyword}"), &format!("(. x {keyword})"));
    }
}

#[test]
fn literals() {
    check("1.5", "1.5");
    check(":ok", ":ok");
    check("true false nil", "true\nfalse\n()");
    check("0xFF", "255");
    check("-9223372036854775808", "-9223372036854775808");
    check("9223372036854775807", "9223372036854775807");
}

#[test]
fn strings_and_interpolation() {
    check("\"\"", "\"\"");
    check("\"plain\"", "\"plain\"");
    check(
        "\"a${b}c${\"d${e}\"}\"",
        "(str \"a\" b \"c\" (str \"d\" e))",
    );
    check(
        "\"${f(%{\"a\" => 1})}\"",
        "(str (call f (map (=> \"a\" 1))))",
    );
    check("\"\"\"x \"y\" ${z}\"\"\"", "(str \"x \\\"y\\\" \" z)");
}

#[test]
fn tuples_units_and_grouping() {
    check("(1, 2, 3)", "(tuple 1 2 3)");
    check("(1, 2,)", "(tuple 1 2)");
    check("(1,)", "(paren 1)");
    check("(1)", "(paren 1)");
    check("()", "()");
    check("nil", "()");
}

#[test]
fn lists() {
    check("[1, 2, 3,]", "(list 1 2 3)");
    check("[]", "(list)");
    check("[[1], [2, 3]]", "(list (list 1) (list 2 3))");
}

#[test]
fn maps_updates_and_keyword_maps() {
    check("%{p | y: 5}", "(update p (y: 5))");
    check("%{p | y: 5, z: 6,}", "(update p (y: 5) (z: 6))");
    check("%{\"a\" => 1, b: 2}", "(map (=> \"a\" 1) (b: 2))");
    check("%{a: 1}", "(map (a: 1))");
    check("%{}", "(map)");
    check("%{f(x) => [1]}", "(map (=> (call f x) (list 1)))");
}

#[test]
fn struct_literals() {
    check(
        "Geometry.Point { x: 1, y: 2 }",
        "(struct Geometry.Point (x: 1) (y: 2))",
    );
    check("P { x: 1 y: 2, }", "(struct P (x: 1) (y: 2))");
    check("P {}", "(struct P)");
    check("P { x: 1 }.x", "(. (struct P (x: 1)) x)");
    check("f(P {\n  x: 1\n})", "(call f (struct P (x: 1)))");
}

#[test]
fn self_pid_and_self_value() {
    check("self()", "self()");
    check("self", "self");
    check("self.x", "(. self x)");
    check("self.items()", "(call (. self items))");
    check("Node.self()", "(call (. Node self))");
}

#[test]
fn actor_primitives() {
    check("spawn(counter, 0)", "(spawn counter 0)");
    check("send(pid, Msg)", "(send pid Msg)");
    check("link(pid)", "(link pid)");
}

#[test]
fn keyword_arguments() {
    check(
        "greet(\"hi\", name: \"Al\", title: \"Dr\")",
        "(call greet \"hi\" (name: \"Al\") (title: \"Dr\"))",
    );
    check(
        "describe(width: 3, height: 4)",
        "(call describe (width: 3) (height: 4))",
    );
}

#[test]
fn pipes_continue_across_lines() {
    check(
        "[1, 2]\n  |> List.map(f)\n  |> g",
        "(|> (|> (list 1 2) (call (. List map) f)) g)",
    );
    check("let total = 1 +\n  2 +\n  3", "(let total (+ (+ 1 2) 3))");
    check("a ==\nb", "(== a b)");
}

#[test]
fn index_and_try() {
    check("xs[i + 1]", "(index xs (+ i 1))");
    check("parse_int(a)?", "(? (call parse_int a))");
    check("m[\"k\"]?", "(? (index m \"k\"))");
}
