//! Control flow (§3.11), closures (§3.12), receive (§3.13) and statements.

mod support;

use support::check;

#[test]
fn if_else_chains() {
    check("if a do 1 end", "(if a (block 1))");
    check(
        "if a do\n  1\nelse if b do\n  2\nelse\n  3\nend",
        "(if a (block 1) (else (if b (block 2) (else (block 3)))))",
    );
    check(
        "if self < 0 do \"minus\" else \"plus\" end",
        "(if (< self 0) (block \"minus\") (else (block \"plus\")))",
    );
}

#[test]
fn else_then_if_on_the_next_line_nests() {
    check(
        "if a do 1 else\n  if b do 2 end\nend",
        "(if a (block 1) (else (block (if b (block 2)))))",
    );
    // Inside brackets newlines are ignored, so it chains.
    check(
        "[if a do 1 else\nif b do 2 else 3 end]",
        "(list (if a (block 1) (else (if b (block 2) (else (block 3))))))",
    );
}

#[test]
fn case_arms() {
    check(
        "case x do\n  Some(n) when n > 0 -> n\n  _ -> 0\nend",
        "(case x (arm (ctor Some n) (when (> n 0)) (block n)) (arm _ (block 0)))",
    );
    check(
        "match x do 1 -> \"a\" 2 -> \"b\" end",
        "(case x (arm 1 (block \"a\")) (arm 2 (block \"b\")))",
    );
    check("case f(x) do\nend", "(case (call f x))");
}

#[test]
fn arm_bodies_are_blocks() {
    check(
        "case x do\n  1 ->\n    let y = 2\n    y\n  2 -> fn y -> y end\nend",
        "(case x (arm 1 (block (let y 2) y)) (arm 2 (block (fn (clause (params y) (block y))))))",
    );
    check(
        "case n do\n  0 -> println(\"liftoff\")\n  _ ->\n    if n % 2 == 0 do println(\"${n}\") end\n    count_down(n - 1)\nend",
        "(case n (arm 0 (block (call println \"liftoff\"))) (arm _ (block (if (== (% n 2) 0) (block (call println (str n)))) (call count_down (- n 1)))))",
    );
    check(
        "fn f(x) do case x do 1 -> return 2 end end",
        "(fn f (params x) (block (case x (arm 1 (block (return 2))))))",
    );
}

#[test]
fn arms_inside_brackets_need_a_semicolon_before_a_parenthesis() {
    check(
        "f(case x do 1 -> a; (2) -> b end)",
        "(call f (case x (arm 1 (block a)) (arm 2 (block b))))",
    );
    check(
        "f(case x do 1 -> a 2 -> b end)",
        "(call f (case x (arm 1 (block a)) (arm 2 (block b))))",
    );
}

#[test]
fn while_break_continue() {
    check(
        "while x < 10 do\n  x\n  break\n  continue\nend",
        "(while (< x 10) (block x break continue))",
    );
}

#[test]
fn for_loops() {
    check(
        "for {k, v} in m when v > 1 do k end",
        "(for {k v} m (when (> v 1)) (block k))",
    );
    check("for (k, v) in m do k end", "(for (tuple k v) m (block k))");
    check(
        "for x in List.reverse(xs) when keep(x) do x end",
        "(for x (call (. List reverse) xs) (when (call keep x)) (block x))",
    );
    check(
        "for i in 1..6 do i * i end",
        "(for i (.. 1 6) (block (* i i)))",
    );
}

#[test]
fn receive_with_after() {
    check(
        "receive do\n  Ping -> 1\n  Pong(n) ->\n    2\nafter 100 ->\n  3\nend",
        "(receive (arm Ping (block 1)) (arm (ctor Pong n) (block 2)) (after 100 (block 3)))",
    );
    check(
        "receive do\nafter 5 -> :timeout end",
        "(receive (after 5 (block :timeout)))",
    );
    check("receive do\n  x -> x\nend", "(receive (arm x (block x)))");
}

#[test]
fn return_with_and_without_value() {
    check(
        "fn f() do\n  return\n  return 1\n  if c do return end\n  x\nend",
        "(fn f (params) (block (return) (return 1) (if c (block (return))) x))",
    );
    check(
        "fn f() do return; 1 end",
        "(fn f (params) (block (return) 1))",
    );
}

#[test]
fn closures_all_forms() {
    let cases = [
        ("fn -> 1 end", "(fn (clause (params) (block 1)))"),
        ("fn do 1 end", "(fn (clause (params) (block 1)))"),
        ("fn x, y -> x end", "(fn (clause (params x y) (block x)))"),
        ("fn (a, b) -> a end", "(fn (clause (params a b) (block a)))"),
        (
            "fn ((a, b)) -> a end",
            "(fn (clause (params (tuple a b)) (block a)))",
        ),
        ("fn () -> 1 end", "(fn (clause (params) (block 1)))"),
        (
            "fn(x) -> x + n end",
            "(fn (clause (params x) (block (+ x n))))",
        ),
        (
            "fn x :: Int -> x end",
            "(fn (clause (params (x :: Int)) (block x)))",
        ),
        ("fn x do x end", "(fn (clause (params x) (block x)))"),
        (
            "fn x when x > 0 do x end",
            "(fn (clause (params x) (when (> x 0)) (block x)))",
        ),
        (
            "fn x -> let y = x * 2; y + 1 end",
            "(fn (clause (params x) (block (let y (* x 2)) (+ y 1))))",
        ),
        (
            "fn (0 | 1) -> \"bit\" | _ -> \"other\" end",
            "(fn (clause (params (| 0 1)) (block \"bit\")) (clause (params _) (block \"other\")))",
        ),
        (
            "fn 0 -> 1 | n do n end end",
            "(fn (clause (params 0) (block 1)) (clause (params n) (block n)))",
        ),
        (
            "fn [h | t] -> h end",
            "(fn (clause (params (list h | t)) (block h)))",
        ),
        (
            "fn Point { x: x } as p -> p end",
            "(fn (clause (params (as (struct Point (x: x)) p)) (block p)))",
        ),
        ("fn _ -> 0 end", "(fn (clause (params _) (block 0)))"),
    ];
    for (source, expected) in cases {
        check(&format!("let f = {source}"), &format!("(let f {expected})"));
    }
}

#[test]
fn multi_clause_closures_across_lines() {
    check(
        "let d = fn 0 -> \"zero\" | n when n < 0 -> \"neg\"\n  | _ -> \"pos\" end",
        "(let d (fn (clause (params 0) (block \"zero\")) (clause (params n) (when (< n 0)) (block \"neg\")) (clause (params _) (block \"pos\"))))",
    );
}

#[test]
fn closure_returning_closure() {
    check(
        "let compose = fn f, g -> fn x -> g(f(x)) end end",
        "(let compose (fn (clause (params f g) (block (fn (clause (params x) (block (call g (call f x)))))))))",
    );
}

#[test]
fn closure_as_a_statement_needs_parentheses() {
    check(
        "fn make(n) do\n  fn(x) -> x + n end\nend",
        "(fn make (params n) (block (fn (clause (params x) (block (+ x n))))))",
    );
    check(
        "fn f() do\n  fn _ -> 1 end\nend",
        "(fn f (params) (block (fn (clause (params _) (block 1)))))",
    );
}

#[test]
fn let_statements() {
    check(
        "let x :: Float = 3.into()",
        "(let x :: Float (call (. 3 into)))",
    );
    check(
        "let (tag, text) = status(404)",
        "(let (tuple tag text) (call status 404))",
    );
    check("let 0 | 1 as bit = x", "(let (as (| 0 1) bit) x)");
    check("let Point { x: px } = p", "(let (struct Point (x: px)) p)");
}

#[test]
fn statements_are_juxtaposed_or_separated() {
    check(
        "fn f() do let a = 1 let b = 2 a + b end",
        "(fn f (params) (block (let a 1) (let b 2) (+ a b)))",
    );
    check("fn f() do a; b\n\n c end", "(fn f (params) (block a b c))");
}
