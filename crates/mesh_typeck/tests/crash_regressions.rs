//! Inputs that once crashed the checker (found by `never_panics.rs` or the
//! fuzzer in `fuzz/`), reduced by hand. Each must now be diagnosed instead.

use mesh_common::FileId;
use mesh_typeck::ModuleSource;

/// Parses (which must succeed) and checks `source` as module `Main`;
/// returns the codes of the checker's diagnostics, in order.
fn codes(source: &str) -> Vec<&'static str> {
    let parsed = mesh_parser::parse(source);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let module = ModuleSource {
        file: FileId(0),
        name: "Main".to_string(),
        ast: &parsed.module,
    };
    let checked = mesh_typeck::check(&[module]);
    checked.diagnostics.iter().map(|d| d.code.0).collect()
}

/// Exhaustiveness indexed past the end of a row when an arm's constructor
/// had another type's arity (`Some(n)` among list patterns).
#[test]
fn case_arm_of_another_type() {
    let source = "fn f(xs :: List<Int>) -> Int do
  case xs do
    [] -> 0
    Some(n) -> n
    [h | t] -> h
  end
end

fn main() do
  println(\"${f([])}\")
end
";
    assert_eq!(codes(source), ["E0001"]);
}

/// The same for an or-pattern in `let`, whose irrefutability is checked
/// by the same algorithm.
#[test]
fn let_or_pattern_of_another_type() {
    let source = "fn main() do
  let [] | Some(_) = [1]
  println(\"x\")
end
";
    assert_eq!(codes(source), ["E0001"]);
}
