//! The ambiguity table of §3.14, row by row.

mod support;

use support::{check, messages};

#[test]
fn fn_name_at_statement_start_is_a_definition() {
    check(
        "fn f() do\n  fn g(x) = x\nend",
        "(fn f (params) (block (fn g (params x) = x)))",
    );
    check(
        "fn f() do\n  fn x do 1 end\nend",
        "(fn f (params) (block (fn x (block 1))))",
    );
}

#[test]
fn fn_in_expression_position_or_first_in_arm_or_arrow_body_is_a_closure() {
    check(
        "let f = fn x -> x + 1 end",
        "(let f (fn (clause (params x) (block (+ x 1)))))",
    );
    check(
        "g(fn x -> x end)",
        "(call g (fn (clause (params x) (block x))))",
    );
    check(
        "case v do\n  _ -> fn x -> x end\nend",
        "(case v (arm _ (block (fn (clause (params x) (block x))))))",
    );
    check(
        "let k = fn f -> fn x -> f(x) end end",
        "(let k (fn (clause (params f) (block (fn (clause (params x) (block (call f x))))))))",
    );
}

#[test]
fn parenthesised_closure_parameters_are_a_list() {
    check(
        "let f = fn (a, b) -> a end",
        "(let f (fn (clause (params a b) (block a))))",
    );
    check(
        "let f = fn ((a, b)) -> a end",
        "(let f (fn (clause (params (tuple a b)) (block a))))",
    );
}

#[test]
fn else_if_on_one_line_chains_and_on_two_lines_nests() {
    check(
        "if a do 1 else if b do 2 end",
        "(if a (block 1) (else (if b (block 2))))",
    );
    check(
        "if a do 1 else\nif b do 2 end\nend",
        "(if a (block 1) (else (block (if b (block 2)))))",
    );
}

#[test]
fn key_colon_value_without_space_is_an_atom() {
    // Outside keyword positions it is simply a name followed by an atom.
    check("fn f() do x:ok end", "(fn f (params) (block x :ok))");
    // In keyword positions it is an error.
    assert_eq!(
        messages("f(k:v)"),
        ["expected `:` after `k`, found atom `:v`"]
    );
    assert_eq!(
        messages("%{k:v}"),
        ["expected `:` after `k`, found atom `:v`"]
    );
    assert_eq!(
        messages("P { k:v }"),
        ["expected `:` after `k`, found atom `:v`"]
    );
}

#[test]
fn percent_brace_forms() {
    check("%{x => 1}", "(map (=> x 1))");
    check("%{x | f: 1}", "(update x (f: 1))");
    check("%{name: 1}", "(map (name: 1))");
}

#[test]
fn name_brace_on_the_same_line_is_a_struct_literal() {
    check("Point { x: 1 }", "(struct Point (x: 1))");
    // On the next line inside brackets it is not.
    assert_eq!(
        messages("f(Point\n{x: 1})"),
        ["expected `,` or `)`, found `{`"]
    );
    // At depth 0 the brace starts a new (invalid) statement.
    assert_eq!(messages("Point\n{x: 1}"), ["expected item, found `{`"]);
}

#[test]
fn pipe_right_hand_sides() {
    check("a |> f(b)", "(|> a (call f b))");
    check("a |> f", "(|> a f)");
    check("a |> (f(b))", "(|> a (paren (call f b)))");
}

#[test]
fn trailing_do_is_rejected() {
    assert_eq!(
        messages("f(x) do\n  1\nend"),
        ["trailing `do` blocks are not supported"]
    );
}

#[test]
fn minus_after_a_newline() {
    check("x\n-1", "x\n(neg 1)");
    check("[x\n-1]", "(list (- x 1))");
    check("[x\n(a, b)]", "(list (call x a b))");
}

#[test]
fn for_with_braces_is_a_map_entry_pattern() {
    check("for {k, v} in m do k end", "(for {k v} m (block k))");
}

#[test]
fn colon_colon_after_a_let_pattern_is_the_annotation() {
    check("let (a, b) :: T = e", "(let (tuple a b) :: T e)");
    check("let x :: List<Int> = []", "(let x :: List<Int> (list))");
}

#[test]
fn keyword_arguments_stay_arguments() {
    check("f(a, k: 1)", "(call f a (k: 1))");
}
