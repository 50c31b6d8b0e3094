//! Error recovery: independent errors are all reported, each unexpected
//! token at most once, and parsing continues with the rest of the file.

mod support;

use mesh_parser::{dump, parse};
use support::messages;

#[test]
fn three_broken_functions_give_three_errors() {
    let source = "fn a() do\n  let x = )\nend\n\nfn b(x y) do\n  x\nend\n\nfn c() do\n  if x then\n    1\n  end\nend\n\nfn ok() = 1\n";
    assert_eq!(
        messages(source),
        [
            "expected expression, found `)`",
            "expected `,` or `)`, found identifier",
            "expected `do`, found identifier",
        ]
    );
    let parsed = parse(source);
    assert!(
        dump(&parsed.module).ends_with("(fn ok (params) = 1)"),
        "{}",
        dump(&parsed.module)
    );
}

#[test]
fn errors_in_one_block_are_reported_line_by_line() {
    let source = "fn main() do\n  let = 1\n  f(1,, 2)\n  %{a b}\n  good()\nend\n";
    assert_eq!(
        messages(source),
        [
            "expected pattern, found `=`",
            "expected expression, found `,`",
            "expected `=>` or `|`, found identifier"
        ]
    );
    let module = parse(source).module;
    assert_eq!(
        dump(&module),
        "(fn main (params) (block <error> (call f 1 2) <error> (call good)))"
    );
}

#[test]
fn one_error_per_unexpected_token() {
    // The `)` ends the closure body, the call, the statement and the block;
    // only the closure reports it.
    assert_eq!(
        messages("fn f() do\n  g(fn x -> x)\nend"),
        ["unclosed closure -- expected `end`"]
    );
    // A missing `end` at end of file is reported once, not once per open block.
    assert_eq!(
        messages("fn f() do\n  if a do\n    case x do\n      1 -> 2\n"),
        ["expected `end` to close `do` block"]
    );
}

#[test]
fn arms_recover_to_the_next_arm() {
    let source = "case x do\n  1 + 2 -> 1\n  Bar -> 2\n  [a b] -> 3\n  _ -> 4\nend";
    assert_eq!(
        messages(source),
        [
            "expected `->` or `when`, found `+`",
            "expected `,` or `]`, found identifier"
        ]
    );
    // `[a b] -> 3` is not an arm start, so it ends up in the previous body.
    assert_eq!(
        dump(&parse(source).module),
        "(case x (arm Bar (block 2 (list a))) (arm _ (block 4)))"
    );
}

#[test]
fn struct_and_service_bodies_recover_by_line() {
    let source = "struct S do\n  x : Int\n  y :: Int\n  z\nend\n";
    assert_eq!(
        messages(source),
        [
            "expected `::`, found `:`",
            "struct field `z` needs a type annotation"
        ]
    );
    assert_eq!(
        dump(&parse(source).module),
        "(struct S (y :: Int) (z :: <error>))"
    );
}

#[test]
fn forgotten_do_does_not_orphan_the_end() {
    assert_eq!(
        messages("fn f() -> Int\n  1\nend\nfn g() = 2"),
        ["expected `=` or `do`, found newline"]
    );
    assert_eq!(
        messages("fn f() do\n  while x\n    1\n  end\nend"),
        ["expected `do`, found newline"]
    );
    assert_eq!(
        messages("fn f() do\n  if y then 2 end\nend"),
        ["expected `do`, found identifier"]
    );
}

#[test]
fn closure_meant_definition_consumes_its_end() {
    assert_eq!(
        messages("fn f() do\n  fn x :: Int -> x end\n  1\nend"),
        ["expected `=` or `do`, found `::`"]
    );
    assert_eq!(
        messages("fn f, g -> fn x -> g(f(x)) end end\nfn ok() = 1"),
        ["expected `=` or `do`, found `,`"]
    );
}

#[test]
fn stray_tokens_at_top_level() {
    assert_eq!(
        messages("end\n)\nfn ok() = 1"),
        ["expected item, found `end`", "expected item, found `)`"]
    );
    assert_eq!(messages("a\n+ b"), ["expected item, found `+`"]);
}

#[test]
fn misplaced_items_are_parsed_in_full() {
    let source = "fn f() do\n  type T do\n    A\n  end\n  service S do\n  end\n  1\nend";
    assert_eq!(
        messages(source),
        [
            "`type` is only allowed at the top level of a module",
            "`service` is only allowed at the top level of a module"
        ]
    );
    assert_eq!(
        messages("fn f() do\n  from A.B import c\n  pub struct S do end\nend"),
        [
            "`from … import` is only allowed at the top level of a module",
            "`struct` is only allowed at the top level of a module"
        ]
    );
}

#[test]
fn return_inside_functions_and_closures_is_fine() {
    assert!(
        messages("fn f() do return 1 end\nlet g = fn -> return end\nactor a() do return end")
            .is_empty()
    );
    assert_eq!(
        messages("if c do return 1 end"),
        ["`return` outside of a function"]
    );
    assert_eq!(
        messages("module M do\n  return\nend"),
        ["`return` outside of a function"]
    );
}

#[test]
fn unterminated_strings_are_reported_once() {
    assert_eq!(
        messages("fn f() do\n  println(\"abc)\nend\n"),
        ["unterminated string literal"]
    );
    assert_eq!(
        messages("let x = \"${1 +"),
        ["unterminated string interpolation"]
    );
}

#[test]
fn deep_nesting_is_rejected_without_overflowing_the_stack() {
    let run = || {
        for source in [
            format!("let x = {}1{}", "(".repeat(5000), ")".repeat(5000)),
            format!("let x = {}1", "-".repeat(5000)),
            format!("let x = {}", "[".repeat(5000)),
            format!("let x = {}", "fn -> ".repeat(3000)),
            format!("fn f() do\n{}", "if a do\n".repeat(3000)),
            format!("type T = {}", "(".repeat(5000)),
            format!("case x do\n  {} -> 1\nend", "[".repeat(5000)),
            format!("let x = \"{}\"", "${\"".repeat(2000)),
            format!("let x = {}", "%{".repeat(5000)),
            format!("case x do\n  {}a -> 1\nend", "b :: ".repeat(5000)),
        ] {
            let parsed = parse(&source);
            assert!(!parsed.diagnostics.is_empty());
        }
    };
    // Test threads get 2 MiB of stack; check the limit holds there.
    let handle = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(run);
    assert!(handle.map(|h| h.join().is_ok()).unwrap_or(false));
}

#[test]
fn reasonable_nesting_is_fine() {
    let source = format!("let x = {}1{}", "(".repeat(40), ")".repeat(40));
    assert!(messages(&source).is_empty());
}

#[test]
fn forgotten_do_on_definition_headers_is_assumed() {
    assert_eq!(
        messages("struct P\n  x :: Int\nend\nfn ok() = 1"),
        ["expected `do`, found newline"]
    );
    assert_eq!(
        messages("type T\n  A\n  B\nend"),
        ["expected `do` or `=`, found newline"]
    );
    assert_eq!(
        messages("actor a(n)\n  n\nend"),
        ["expected `do`, found newline"]
    );
    assert_eq!(
        messages("service S do\n  call Get() :: Int |n|\n    (n, n)\n  end\nend"),
        ["expected `do`, found `|`"]
    );
    assert_eq!(
        messages("fn f() do\n  receive\n    x -> x\n  end\nend"),
        ["expected `do`, found newline"]
    );
}

#[test]
fn forgotten_end_before_the_next_definition() {
    let source = "struct P do\n  x :: Int\n\ntype T do\n  A\nend\n\nfn ok() = 1";
    assert_eq!(messages(source), ["expected `end` to close `do` block"]);
    assert_eq!(
        dump(&parse(source).module),
        "(struct P (x :: Int))\n(type T (A))\n(fn ok (params) = 1)"
    );
    assert_eq!(
        messages("impl Show for P do\n  fn show(self) = \"p\"\n\nstruct Q do\nend"),
        ["expected `end` to close `do` block"]
    );
}
