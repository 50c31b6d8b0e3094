//! Snapshot tests for the checker's diagnostics (LANGUAGE.md §8.4).
//!
//! Each snapshot holds the source program followed by every diagnostic the
//! checker reports for it, rendered as a person sees it (§8.2) and as the
//! one-line JSON object a tool sees (§8.3), so the exact spans are pinned as
//! byte offsets. A few tests also assert the text under the primary span.

use mesh_common::SourceMap;
use mesh_diagnostics::{render_human, render_json, Diagnostic};
use mesh_typeck::{check, module_name_for_path, ModuleSource};

/// Parses and checks a project given as `(path, text)` pairs; the first
/// file is normally `main.mpl`.
fn diagnose(files: &[(&str, &str)]) -> (SourceMap, Vec<Diagnostic>) {
    let mut sources = SourceMap::new();
    let mut parsed = Vec::new();
    for (path, text) in files {
        let file = sources.add(*path, *text);
        let p = mesh_parser::parse(text);
        assert!(
            p.diagnostics.is_empty(),
            "{path} does not parse: {:?}",
            p.diagnostics
        );
        parsed.push((file, module_name_for_path(path), p.module));
    }
    let modules: Vec<ModuleSource> = parsed
        .iter()
        .map(|(file, name, ast)| ModuleSource {
            file: *file,
            name: name.clone(),
            ast,
        })
        .collect();
    let checked = check(&modules);
    (sources, checked.diagnostics)
}

/// The snapshot text: every source file, then every diagnostic in human and
/// JSON form.
fn report(files: &[(&str, &str)]) -> String {
    let (sources, diagnostics) = diagnose(files);
    let mut out = String::new();
    for (path, text) in files {
        out.push_str(&format!("----- SOURCE CODE -- {path}\n{text}\n"));
    }
    for d in &diagnostics {
        out.push_str("----- DIAGNOSTIC\n");
        out.push_str(&render_human(d, &sources, false));
        out.push_str(&format!("\n{}\n\n", render_json(d, &sources)));
    }
    if diagnostics.is_empty() {
        out.push_str("----- NO DIAGNOSTICS\n");
    }
    out
}

fn main_only(src: &str) -> String {
    report(&[("main.mpl", src)])
}

/// The source text under the primary span of the only diagnostic with `code`.
fn primary_text(src: &str, code: &str) -> String {
    let (_, diagnostics) = diagnose(&[("main.mpl", src)]);
    let found: Vec<&Diagnostic> = diagnostics.iter().filter(|d| d.code.0 == code).collect();
    assert_eq!(found.len(), 1, "expected one {code}: {diagnostics:?}");
    let span = found[0].primary_span().expect("a primary span");
    src[span.range()].to_string()
}

macro_rules! snapshot {
    ($src:expr) => {
        insta::assert_snapshot!(main_only($src))
    };
}

// ---- E0001 type mismatch ---------------------------------------------------

const E0001_ARGUMENT: &str = r#"fn double(x :: Int) -> Int = x * 2

fn main() do
  println("${double("two")}")
end
"#;

#[test]
fn e0001_argument() {
    snapshot!(E0001_ARGUMENT);
    assert_eq!(primary_text(E0001_ARGUMENT, "E0001"), r#""two""#);
}

const E0001_ANNOTATION: &str = r#"fn main() do
  let count :: Int = "three"
  println("${count}")
end
"#;

#[test]
fn e0001_let_annotation() {
    snapshot!(E0001_ANNOTATION);
    assert_eq!(primary_text(E0001_ANNOTATION, "E0001"), r#""three""#);
}

#[test]
fn e0001_if_branches() {
    snapshot!(
        r#"fn main() do
  let v = if true do
    1
  else
    "one"
  end
  println("${v}")
end
"#
    );
}

#[test]
fn e0001_if_condition() {
    snapshot!(
        r#"fn main() do
  if 1 do
    println("yes")
  end
end
"#
    );
}

#[test]
fn e0001_case_arms() {
    snapshot!(
        r#"fn main() do
  let n = 3
  let s = case n do
    0 -> "zero"
    1 -> "one"
    _ -> n
  end
  println("${s}")
end
"#
    );
}

#[test]
fn e0001_return_statement() {
    snapshot!(
        r#"fn check(n :: Int) -> String do
  if n < 0 do
    return n
  end
  "ok"
end

fn main() do
  println(check(1))
end
"#
    );
}

#[test]
fn e0001_body_against_return_annotation() {
    snapshot!(
        r#"fn answer() -> Int do
  let x = 42
  "${x}"
end

fn main() do
  println("${answer()}")
end
"#
    );
}

#[test]
fn e0001_list_element() {
    snapshot!(
        r#"fn main() do
  let xs = [1, 2, "three"]
  println("${xs}")
end
"#
    );
}

const E0001_OPERAND: &str = r#"fn main() do
  let total = 1 + "two"
  println("${total}")
end
"#;

#[test]
fn e0001_operator_operand() {
    snapshot!(E0001_OPERAND);
    assert_eq!(primary_text(E0001_OPERAND, "E0001"), r#""two""#);
}

#[test]
fn e0001_int_float_hint() {
    snapshot!(
        r#"fn main() do
  let x = 1 + 2.5
  println("${x}")
end
"#
    );
}

#[test]
fn e0001_option_hint() {
    snapshot!(
        r#"fn main() do
  let x :: Option<Int> = 5
  println("${x}")
end
"#
    );
}

#[test]
fn e0001_string_hint() {
    snapshot!(
        r#"fn main() do
  println(42)
end
"#
    );
}

#[test]
fn e0001_concat_operand() {
    snapshot!(
        r#"fn main() do
  let s = 1 <> 2
  println("${s}")
end
"#
    );
}

#[test]
fn e0001_rigid_generic() {
    snapshot!(
        r#"fn id<T>(x :: T) -> T = 5

fn main() do
  println("${id(1)}")
end
"#
    );
}

#[test]
fn e0001_pattern() {
    snapshot!(
        r#"fn main() do
  let n = 3
  case n do
    "three" -> println("three")
    _ -> println("other")
  end
end
"#
    );
}

// ---- E0002 infinite type ---------------------------------------------------------

#[test]
fn e0002_occurs_check() {
    snapshot!(
        r#"fn f(x) = x(x)

fn main() do
  println("hi")
end
"#
    );
}

// ---- E0003 arity -----------------------------------------------------------------

const E0003_MISSING: &str = r#"fn add(a, b) = a + b

fn main() do
  println("${add(1)}")
end
"#;

#[test]
fn e0003_missing_argument() {
    snapshot!(E0003_MISSING);
    assert_eq!(primary_text(E0003_MISSING, "E0003"), "(1)");
}

#[test]
fn e0003_extra_arguments() {
    snapshot!(
        r#"fn add(a, b) = a + b

fn main() do
  println("${add(1, 2, 3, 4)}")
end
"#
    );
}

#[test]
fn e0003_type_arguments() {
    snapshot!(
        r#"fn main() do
  let xs :: List<Int, Int> = []
  println("${xs}")
end
"#
    );
}

#[test]
fn e0003_constructor_pattern_fields() {
    snapshot!(
        r#"fn main() do
  let x = Some(1)
  case x do
    Some(a, b) -> println("${a}")
    None -> println("none")
  end
end
"#
    );
}

// ---- E0004 undefined name ----------------------------------------------------------

/// The example of LANGUAGE.md §8.2–§8.3, byte for byte.
const E0004_SPEC_EXAMPLE: &str = r#"fn main() do
  let total = 3
  println("${totl}")
end
"#;

#[test]
fn e0004_undefined_variable_did_you_mean() {
    snapshot!(E0004_SPEC_EXAMPLE);
    let (sources, diagnostics) = diagnose(&[("main.mpl", E0004_SPEC_EXAMPLE)]);
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        render_json(&diagnostics[0], &sources),
        r#"{"code":"E0004","severity":"error","message":"undefined variable: totl","file":"main.mpl","spans":[{"start":42,"end":46,"label":"not found in this scope"}],"help":"did you mean `total`?","notes":[],"fix":{"start":42,"end":46,"replacement":"total"}}"#
    );
}

#[test]
fn e0004_undefined_variable_no_suggestion() {
    snapshot!(
        r#"fn main() do
  println(greeting)
end
"#
    );
}

#[test]
fn e0004_undefined_function() {
    snapshot!(
        r#"fn square(x) = x * x

fn main() do
  println("${sqare(3)}")
end
"#
    );
}

#[test]
fn e0004_prelude_function_did_you_mean() {
    snapshot!(
        r#"fn main() do
  let xs = filtr([1, 2, 3], fn x -> x > 1 end)
  println("${xs}")
end
"#
    );
}

const E0004_TYPE: &str = r#"fn greet(name :: Strng) -> String = "hi ${name}"

fn main() do
  println(greet("Ada"))
end
"#;

#[test]
fn e0004_undefined_type() {
    snapshot!(E0004_TYPE);
    assert_eq!(primary_text(E0004_TYPE, "E0004"), "Strng");
}

// ---- E0005 not callable -----------------------------------------------------------

const E0005: &str = r#"fn main() do
  let x = 5
  println("${x(1)}")
end
"#;

#[test]
fn e0005_not_callable() {
    snapshot!(E0005);
    assert_eq!(primary_text(E0005, "E0005"), "x");
}

// ---- E0006 missing trait impl -----------------------------------------------------

const E0006_INTERPOLATION: &str = r#"fn inc(x :: Int) -> Int = x + 1

fn main() do
  println("inc is ${inc}")
end
"#;

#[test]
fn e0006_interpolating_a_function() {
    snapshot!(E0006_INTERPOLATION);
    assert_eq!(primary_text(E0006_INTERPOLATION, "E0006"), "inc");
}

const E0006_OPERATOR: &str = r#"fn main() do
  let s = "a" + "b"
  println(s)
end
"#;

#[test]
fn e0006_add_on_strings() {
    snapshot!(E0006_OPERATOR);
    assert_eq!(primary_text(E0006_OPERATOR, "E0006"), r#""a" + "b""#);
}

#[test]
fn e0006_for_over_int() {
    snapshot!(
        r#"fn main() do
  let n = 5
  let xs = for i in n do
    i
  end
  println("${xs}")
end
"#
    );
}

// ---- E0010 unknown variant ----------------------------------------------------------

const E0010: &str = r#"fn main() do
  let x = Some(1)
  case x do
    Somee(n) -> println("${n}")
    _ -> println("none")
  end
end
"#;

#[test]
fn e0010_unknown_variant() {
    snapshot!(E0010);
    assert_eq!(primary_text(E0010, "E0010"), "Somee");
}

#[test]
fn e0010_unknown_nullary_variant() {
    snapshot!(
        r#"fn main() do
  let x = Some(1)
  case x do
    Some(n) -> println("${n}")
    Nothing -> println("none")
  end
end
"#
    );
}

// ---- E0011 pattern bindings -----------------------------------------------------------

#[test]
fn e0011_or_pattern_binds_different_variables() {
    snapshot!(
        r#"fn main() do
  let p = (1, 2)
  case p do
    (0, a) | (b, 0) -> println("zero")
    _ -> println("other")
  end
end
"#
    );
}

const E0011_TWICE: &str = r#"fn main() do
  let p = (1, 2)
  case p do
    (a, a) -> println("${a}")
  end
end
"#;

#[test]
fn e0011_bound_twice() {
    snapshot!(E0011_TWICE);
    let (_, diagnostics) = diagnose(&[("main.mpl", E0011_TWICE)]);
    let d = diagnostics
        .iter()
        .find(|d| d.code.0 == "E0011")
        .expect("E0011");
    // The second occurrence, not the first.
    assert_eq!(d.primary_span().map(|s| s.start), Some(50));
}

// ---- E0012 non-exhaustive match ----------------------------------------------------------

#[test]
fn e0012_bool() {
    snapshot!(
        r#"fn main() do
  let b = 1 > 2
  case b do
    true -> println("yes")
  end
end
"#
    );
}

const E0012_OPTION: &str = r#"fn main() do
  let x = Some(1)
  case x do
    None -> println("none")
  end
end
"#;

#[test]
fn e0012_option() {
    snapshot!(E0012_OPTION);
    assert_eq!(primary_text(E0012_OPTION, "E0012"), "x");
}

#[test]
fn e0012_list() {
    snapshot!(
        r#"fn main() do
  let xs = [1, 2]
  case xs do
    [] -> println("empty")
  end
end
"#
    );
}

#[test]
fn e0012_list_longer_lists() {
    snapshot!(
        r#"fn main() do
  let xs = [1, 2]
  case xs do
    [] -> println("empty")
    [x] -> println("${x}")
  end
end
"#
    );
}

#[test]
fn e0012_int() {
    snapshot!(
        r#"fn main() do
  let n = 3
  case n do
    0 -> println("zero")
    1 -> println("one")
  end
end
"#
    );
}

#[test]
fn e0012_nested_option_in_tuple() {
    snapshot!(
        r#"fn main() do
  let p = (Some(1), true)
  case p do
    (None, _) -> println("a")
    (Some(_), true) -> println("b")
  end
end
"#
    );
}

const E0012_LET: &str = r#"fn main() do
  let x = Some(1)
  let Some(n) = x
  println("${n}")
end
"#;

#[test]
fn e0012_refutable_let() {
    snapshot!(E0012_LET);
    assert_eq!(primary_text(E0012_LET, "E0012"), "Some(n)");
}

#[test]
fn e0012_refutable_for() {
    snapshot!(
        r#"fn main() do
  let xs = [Some(1), None]
  let ys = for Some(x) in xs do
    x
  end
  println("${ys}")
end
"#
    );
}

const E0012_CLAUSES: &str = r#"fn name(0) = "zero"
fn name(1) = "one"

fn main() do
  println(name(0))
end
"#;

#[test]
fn e0012_function_clauses_warning() {
    snapshot!(E0012_CLAUSES);
    assert_eq!(primary_text(E0012_CLAUSES, "E0012"), "name");
}

#[test]
fn e0012_closure_clauses_warning() {
    snapshot!(
        r#"fn main() do
  let f = fn 0 -> "zero" | 1 -> "one" end
  println(f(0))
end
"#
    );
}

// ---- E0022 .. E0025 clause groups ------------------------------------------------------

const E0022: &str = r#"fn f(n) = "any"
fn f(0) = "zero"

fn main() do
  println(f(0))
end
"#;

#[test]
fn e0022_catch_all_not_last() {
    snapshot!(E0022);
    assert_eq!(primary_text(E0022, "E0022"), "fn f(n)");
}

const E0023: &str = r#"fn f(0) = "zero"

fn g() = 1

fn f(n) = "other"

fn main() do
  println(f(g()))
end
"#;

#[test]
fn e0023_non_consecutive_clauses() {
    snapshot!(E0023);
    let (_, diagnostics) = diagnose(&[("main.mpl", E0023)]);
    let d = diagnostics
        .iter()
        .find(|d| d.code.0 == "E0023")
        .expect("E0023");
    let spans: Vec<(usize, usize)> = d
        .labels
        .iter()
        .map(|l| (l.span.start as usize, l.span.end as usize))
        .collect();
    // The later name first, then the earlier one.
    assert_eq!(spans, vec![(33, 34), (3, 4)]);
}

const E0024: &str = r#"fn main() do
  let f = fn x -> "one" | a, b -> "two" end
  println(f(0))
end
"#;

#[test]
fn e0024_closure_clause_arity() {
    snapshot!(E0024);
    assert_eq!(primary_text(E0024, "E0024"), "a, b");
}

const E0025: &str = r#"fn main() do
  let n = 3
  case n do
    x when x + 1 -> println("odd")
    _ -> println("other")
  end
end
"#;

#[test]
fn e0025_case_guard() {
    snapshot!(E0025);
    assert_eq!(primary_text(E0025, "E0025"), "x + 1");
}

#[test]
fn e0025_clause_guard() {
    snapshot!(
        r#"fn f(n) when "yes" = n
fn f(n) = n

fn main() do
  println("${f(1)}")
end
"#
    );
}

#[test]
fn e0025_for_filter() {
    snapshot!(
        r#"fn main() do
  let xs = for i in 0..3 when i do
    i
  end
  println("${xs}")
end
"#
    );
}

// ---- E0027 ambiguous reference ------------------------------------------------------------

#[test]
fn e0027_ambiguous_function_value() {
    snapshot!(
        r#"fn show(x :: Int) -> String = "${x}"
fn show(x :: Int, y :: Int) -> String = "${x}, ${y}"

fn main() do
  let f = show
  println("done")
end
"#
    );
}

// ---- E0030 no method ----------------------------------------------------------------------

const E0030: &str = r#"fn main() do
  let s = "hello"
  println("${s.lenght()}")
end
"#;

#[test]
fn e0030_no_method_did_you_mean() {
    snapshot!(E0030);
    assert_eq!(primary_text(E0030, "E0030"), "lenght");
}

#[test]
fn e0030_no_method_on_bool() {
    snapshot!(
        r#"fn main() do
  let b = true
  println("${b.negate()}")
end
"#
    );
}

#[test]
fn e0030_cannot_infer_receiver() {
    snapshot!(
        r#"fn size(x) = x.length()

fn main() do
  println("${size("abc")}")
end
"#
    );
}

// ---- E0031 modules --------------------------------------------------------------------------

#[test]
fn e0031_module_not_found() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Geometri

fn main() do
  println("${Geometri.area(2)}")
end
"#
        ),
        ("geometry.mpl", "pub fn area(x :: Int) -> Int = x * x\n"),
    ]));
}

#[test]
fn e0031_unknown_qualifier() {
    snapshot!(
        r#"fn main() do
  println(Strin.length("abc"))
end
"#
    );
}

#[test]
fn e0031_ambiguous_qualifier() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Front.Util
import Back.Util

fn main() do
  println(Util.name())
end
"#
        ),
        ("back/util.mpl", "pub fn name() -> String = \"back\"\n"),
        ("front/util.mpl", "pub fn name() -> String = \"front\"\n"),
    ]));
}

// ---- E0032/E0033 loop control ------------------------------------------------------------------

const E0032: &str = r#"fn main() do
  break
end
"#;

#[test]
fn e0032_break_outside_loop() {
    snapshot!(E0032);
    assert_eq!(primary_text(E0032, "E0032"), "break");
}

#[test]
fn e0032_break_inside_closure() {
    snapshot!(
        r#"fn main() do
  for i in 0..3 do
    let f = fn -> break end
    f()
  end
end
"#
    );
}

#[test]
fn e0033_continue_outside_loop() {
    snapshot!(
        r#"fn main() do
  if true do
    continue
  end
end
"#
    );
}

#[test]
fn e0033_continue_inside_closure() {
    snapshot!(
        r#"fn main() do
  while true do
    let f = fn x -> if x do continue end end
    f(true)
  end
end
"#
    );
}

// ---- E0034/E0035 imports -------------------------------------------------------------------------

#[test]
fn e0034_name_not_found_in_module() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"from Shapes import aera

fn main() do
  println("${aera(2)}")
end
"#
        ),
        (
            "shapes.mpl",
            r#"pub fn area(x :: Int) -> Int = x * x
pub fn perimeter(x :: Int) -> Int = 4 * x
fn helper() = 1
"#
        ),
    ]));
}

#[test]
fn e0034_qualified_missing_member() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Shapes

fn main() do
  println("${Shapes.volume(2)}")
end
"#
        ),
        ("shapes.mpl", "pub fn area(x :: Int) -> Int = x * x\n"),
    ]));
}

#[test]
fn e0034_library_member() {
    snapshot!(
        r#"fn main() do
  println("${String.lenght("abc")}")
end
"#
    );
}

#[test]
fn e0035_private_item() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"from Shapes import helper

fn main() do
  println("${helper()}")
end
"#
        ),
        (
            "shapes.mpl",
            "pub fn area(x :: Int) -> Int = x * x\nfn helper() -> Int = 1\n"
        ),
    ]));
}

#[test]
fn e0035_private_qualified_access() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Shapes

fn main() do
  println("${Shapes.helper()}")
end
"#
        ),
        ("shapes.mpl", "fn helper() -> Int = 1\n"),
    ]));
}

// ---- W0001 / W0002 warnings --------------------------------------------------------------------

const W0001_CASE: &str = r#"fn main() do
  let b = true
  case b do
    true -> println("yes")
    false -> println("no")
    true -> println("again")
  end
end
"#;

#[test]
fn w0001_redundant_case_arm() {
    snapshot!(W0001_CASE);
    assert_eq!(primary_text(W0001_CASE, "W0001"), "true");
}

#[test]
fn w0001_arm_after_wildcard() {
    snapshot!(
        r#"fn main() do
  let n = 3
  case n do
    _ -> println("any")
    0 -> println("zero")
  end
end
"#
    );
}

const W0001_CLAUSE: &str = r#"fn f(0) = "zero"
fn f(n) when n > 0 = "positive"
fn f(0) = "zero again"
fn f(_) = "other"

fn main() do
  println(f(1))
end
"#;

#[test]
fn w0001_unreachable_function_clause() {
    snapshot!(W0001_CLAUSE);
    assert_eq!(primary_text(W0001_CLAUSE, "W0001"), "fn f(0)");
    let (_, diagnostics) = diagnose(&[("main.mpl", W0001_CLAUSE)]);
    assert_eq!(diagnostics[0].primary_span().map(|s| s.start), Some(49));
}

#[test]
fn w0001_closure_clause() {
    snapshot!(
        r#"fn main() do
  let f = fn _ -> 1 | 0 -> 2 end
  println("${f(0)}")
end
"#
    );
}

#[test]
fn w0002_ignored_on_later_clause() {
    snapshot!(
        r#"pub fn f(0) -> String = "zero"
pub fn f(n) -> String = "other"

fn main() do
  println(f(1))
end
"#
    );
}

// ---- C0001 driver errors ---------------------------------------------------------------------------

#[test]
fn c0001_missing_main() {
    snapshot!(
        r#"fn helper() = 1
"#
    );
}

#[test]
fn c0001_main_with_parameters() {
    snapshot!(
        r#"fn main(args) do
  println("hi")
end
"#
    );
}

#[test]
fn c0001_self_import() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Helper

fn main() do
  println(Helper.name())
end
"#
        ),
        (
            "helper.mpl",
            "import Helper\n\npub fn name() -> String = \"helper\"\n"
        ),
    ]));
}

#[test]
fn c0001_import_cycle() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import A

fn main() do
  println(A.name())
end
"#
        ),
        ("a.mpl", "import B\n\npub fn name() -> String = B.name()\n"),
        ("b.mpl", "import A\n\npub fn name() -> String = \"b\"\n"),
    ]));
}

#[test]
fn c0001_not_supported_yet() {
    snapshot!(
        r#"module Geometry do
  pub fn area(w :: Int, h :: Int) -> Int do
    w * h
  end
end

fn main() do
  println("hi")
end
"#
    );
}

#[test]
fn e0001_parameter_annotations_disagree() {
    snapshot!(
        r#"fn f(x :: Int, 0) = "zero"
fn f(x :: String, n) = "other"

fn main() do
  println(f(1, 2))
end
"#
    );
}

#[test]
fn e0003_variant_constructor() {
    snapshot!(
        r#"fn main() do
  let x = Some(1, 2)
  println("${x}")
end
"#
    );
}

#[test]
fn e0003_closure_value_call() {
    snapshot!(
        r#"fn main() do
  let inc = fn x -> x + 1 end
  println("${inc(1, 2)}")
end
"#
    );
}

#[test]
fn e0005_calling_a_type_parameter() {
    snapshot!(
        r#"fn apply<T>(f :: T) -> Int = f(1)

fn main() do
  println("${apply(1)}")
end
"#
    );
}

#[test]
fn e0006_equality_on_functions() {
    snapshot!(
        r#"fn inc(x :: Int) -> Int = x + 1

fn main() do
  if inc == inc do
    println("same")
  end
end
"#
    );
}

#[test]
fn e0006_negating_a_string() {
    snapshot!(
        r#"fn main() do
  let s = -"abc"
  println(s)
end
"#
    );
}

#[test]
fn e0027_ambiguous_qualified_function_value() {
    insta::assert_snapshot!(report(&[
        (
            "main.mpl",
            r#"import Shapes

fn main() do
  let f = Shapes.area
  println("done")
end
"#
        ),
        (
            "shapes.mpl",
            "pub fn area(x :: Int) -> Int = x * x\npub fn area(x :: Int, y :: Int) -> Int = x * y\n"
        ),
    ]));
}

#[test]
fn e0030_indexing_an_int() {
    snapshot!(
        r#"fn main() do
  let n = 5
  println("${n[0]}")
end
"#
    );
}

#[test]
fn e0031_from_import_of_missing_module() {
    snapshot!(
        r#"from Geometry import area

fn main() do
  println("hi")
end
"#
    );
}

// ---- Ordering ----------------------------------------------------------------------------------------

#[test]
fn errors_and_warnings_in_position_order() {
    snapshot!(
        r#"fn main() do
  let b = true
  case b do
    true -> println("yes")
    false -> println("no")
    _ -> println("never")
  end
  println(undefined_name)
  let x :: Int = "x"
end
"#
    );
}

// ==== User types, interfaces and conversions (§5.9–§5.16, §5.20) ==========================

// ---- E0001 ---------------------------------------------------------------------------------

const E0001_STRUCT_FIELD: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: "two" }
  println("${p.x}")
end
"#;

#[test]
fn e0001_struct_field_value() {
    snapshot!(E0001_STRUCT_FIELD);
    assert_eq!(primary_text(E0001_STRUCT_FIELD, "E0001"), r#""two""#);
}

const E0001_TUPLE_ELEMENT: &str = r#"fn main() do
  let pair :: (Int, String) = (1, 2)
  println("${pair}")
end
"#;

#[test]
fn e0001_tuple_element() {
    snapshot!(E0001_TUPLE_ELEMENT);
    assert_eq!(primary_text(E0001_TUPLE_ELEMENT, "E0001"), "2");
}

const E0001_VARIANT_PATTERN: &str = r#"type Color do
  Red
  Green
end

type Shape do
  Circle(Float)
  Dot
end

fn name(c :: Color) -> String do
  case c do
    Circle(r) -> "circle"
    _ -> "other"
  end
end

fn main() do
  println(name(Red))
end
"#;

#[test]
fn e0001_variant_pattern_of_another_type() {
    snapshot!(E0001_VARIANT_PATTERN);
    assert_eq!(primary_text(E0001_VARIANT_PATTERN, "E0001"), "Circle(r)");
}

const E0001_SOME_PATTERN: &str = r#"struct Point do
  x :: Int
end

fn main() do
  let p = Point { x: 1 }
  case p do
    Some(q) -> println("some")
    _ -> println("other")
  end
end
"#;

#[test]
fn e0001_option_pattern_on_struct() {
    snapshot!(E0001_SOME_PATTERN);
    assert_eq!(primary_text(E0001_SOME_PATTERN, "E0001"), "Some(q)");
}

// ---- E0002 ---------------------------------------------------------------------------------

const E0002_ALIAS: &str = r#"type Loop = List<Loop>

fn main() do
  println("hi")
end
"#;

#[test]
fn e0002_alias_refers_to_itself() {
    snapshot!(E0002_ALIAS);
    assert_eq!(primary_text(E0002_ALIAS, "E0002"), "Loop");
}

// ---- E0003 ---------------------------------------------------------------------------------

const E0003_USER_TYPE_ARGS: &str = r#"struct Pair<A, B> do
  first :: A
  second :: B
end

fn first(p :: Pair<Int>) -> Int = p.first

fn main() do
  println("${first(Pair { first: 1, second: 2 })}")
end
"#;

#[test]
fn e0003_user_type_argument_count() {
    snapshot!(E0003_USER_TYPE_ARGS);
    assert_eq!(primary_text(E0003_USER_TYPE_ARGS, "E0003"), "Pair<Int>");
}

const E0003_VARIANT_PATTERN: &str = r#"type Shape do
  Circle(Float)
  Rect(Float, Float)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> r * r
    Rect(w) -> w
  end
end

fn main() do
  println("${area(Circle(1.0))}")
end
"#;

#[test]
fn e0003_user_variant_pattern_fields() {
    snapshot!(E0003_VARIANT_PATTERN);
    assert_eq!(primary_text(E0003_VARIANT_PATTERN, "E0003"), "Rect(w)");
}

const E0003_TUPLE_PATTERN: &str = r#"fn main() do
  let t = (1, 2, 3)
  case t do
    (a, b) -> println("${a} ${b}")
  end
end
"#;

#[test]
fn e0003_tuple_pattern_size() {
    snapshot!(E0003_TUPLE_PATTERN);
    assert_eq!(primary_text(E0003_TUPLE_PATTERN, "E0003"), "(a, b)");
}

// ---- E0004 ---------------------------------------------------------------------------------

const E0004_FIELD_TYPE: &str = r#"struct User do
  name :: Strng
end

fn main() do
  println("hi")
end
"#;

#[test]
fn e0004_undefined_type_in_struct_field() {
    snapshot!(E0004_FIELD_TYPE);
    assert_eq!(primary_text(E0004_FIELD_TYPE, "E0004"), "Strng");
}

const E0004_IMPL_INTERFACE: &str = r#"interface Describe do
  fn describe(self) -> String
end

impl Describ for Int do
  fn describe(self) -> String = "int"
end

fn main() do
  println("hi")
end
"#;

#[test]
fn e0004_undefined_interface_in_impl() {
    snapshot!(E0004_IMPL_INTERFACE);
    assert_eq!(primary_text(E0004_IMPL_INTERFACE, "E0004"), "Describ");
}

const E0004_WHERE_INTERFACE: &str = r#"interface Describe do
  fn describe(self) -> String
end

fn show<T>(x :: T) -> String where T: Describ do
  "?"
end

fn main() do
  println(show(1))
end
"#;

#[test]
fn e0004_undefined_interface_in_where() {
    snapshot!(E0004_WHERE_INTERFACE);
    assert_eq!(primary_text(E0004_WHERE_INTERFACE, "E0004"), "Describ");
}

// ---- E0006 ---------------------------------------------------------------------------------

const E0006_WHERE_BOUND: &str = r#"interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "int ${self}"
end

fn show<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn main() do
  println(show(1))
  println(show(true))
end
"#;

#[test]
fn e0006_where_bound_violated() {
    snapshot!(E0006_WHERE_BOUND);
    assert_eq!(primary_text(E0006_WHERE_BOUND, "E0006"), "true");
}

const E0006_WHERE_BOUND_LIST: &str = r#"interface Describe do
  fn describe(self) -> String
end

fn show_all<T>(xs :: List<T>) -> List<String> where T: Describe do
  List.map(xs, fn x -> x.describe() end)
end

fn main() do
  println("${show_all([1.5, 2.5])}")
end
"#;

/// The bound is on the element type: the argument that contains it.
#[test]
fn e0006_where_bound_violated_inside_argument() {
    snapshot!(E0006_WHERE_BOUND_LIST);
    assert_eq!(primary_text(E0006_WHERE_BOUND_LIST, "E0006"), "[1.5, 2.5]");
}

const E0006_ADD_STRUCT: &str = r#"struct Money do
  cents :: Int
end

fn main() do
  let a = Money { cents: 1 }
  let b = Money { cents: 2 }
  let c = a + b
  println("${c.cents}")
end
"#;

#[test]
fn e0006_add_on_struct_without_impl() {
    snapshot!(E0006_ADD_STRUCT);
    assert_eq!(primary_text(E0006_ADD_STRUCT, "E0006"), "a + b");
}

const E0006_INTERPOLATE_STRUCT: &str = r#"struct Point do
  x :: Int
end deriving(Eq)

fn main() do
  let p = Point { x: 1 }
  println("${p}")
end
"#;

#[test]
fn e0006_interpolating_struct_without_display_or_debug() {
    snapshot!(E0006_INTERPOLATE_STRUCT);
    assert_eq!(primary_text(E0006_INTERPOLATE_STRUCT, "E0006"), "p");
}

const E0006_DERIVE_DISPLAY: &str = r#"struct Inner do
  n :: Int
end deriving(Eq)

struct Outer do
  inner :: Inner
end deriving(Display)

fn main() do
  println("${Outer { inner: Inner { n: 1 } }}")
end
"#;

#[test]
fn e0006_derive_display_with_field_lacking_display() {
    snapshot!(E0006_DERIVE_DISPLAY);
    assert_eq!(primary_text(E0006_DERIVE_DISPLAY, "E0006"), "Display");
}

// ---- E0007 / E0008 -------------------------------------------------------------------------

const E0007: &str = r#"interface Shape do
  fn area(self) -> Float
  fn name(self) -> String
end

struct Square do
  side :: Float
end

impl Shape for Square do
  fn area(self) -> Float = self.side * self.side
end

fn main() do
  let s = Square { side: 2.0 }
  println("${s.area()} ${s.name()}")
end
"#;

/// Calling the missing method is not a second error.
#[test]
fn e0007_missing_method() {
    snapshot!(E0007);
    assert_eq!(primary_text(E0007, "E0007"), "impl Shape for Square");
}

const E0008: &str = r#"interface Shape do
  fn area(self) -> Float
end

struct Square do
  side :: Int
end

impl Shape for Square do
  fn area(self) -> Int = self.side * self.side
end

fn main() do
  println("${Square { side: 2 }.area()}")
end
"#;

#[test]
fn e0008_wrong_signature() {
    snapshot!(E0008);
    assert_eq!(primary_text(E0008, "E0008"), "fn area(self) -> Int");
}

// ---- E0009 ---------------------------------------------------------------------------------

const E0009_MISSING: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
"#;

#[test]
fn e0009_missing_field() {
    snapshot!(E0009_MISSING);
    assert_eq!(primary_text(E0009_MISSING, "E0009"), "Point");
}

const E0009_UNKNOWN: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, yy: 3 }
  println("${p.x}")
end
"#;

#[test]
fn e0009_unknown_field() {
    snapshot!(E0009_UNKNOWN);
    assert_eq!(primary_text(E0009_UNKNOWN, "E0009"), "yy");
}

const E0009_TWICE: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, x: 3 }
  println("${p.x}")
end
"#;

#[test]
fn e0009_field_specified_twice() {
    snapshot!(E0009_TWICE);
    let (_, diagnostics) = diagnose(&[("main.mpl", E0009_TWICE)]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    // The second `x`, not the first.
    assert_eq!(diagnostics[0].primary_span().map(|s| s.start), Some(86));
}

const E0009_NO_FIELD: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("${p.z}")
end
"#;

#[test]
fn e0009_type_has_no_field() {
    snapshot!(E0009_NO_FIELD);
    assert_eq!(primary_text(E0009_NO_FIELD, "E0009"), "z");
}

const E0009_CANNOT_INFER: &str = r#"fn get_x(p) = p.x

fn main() do
  println("hi")
end
"#;

#[test]
fn e0009_cannot_infer_receiver() {
    snapshot!(E0009_CANNOT_INFER);
    assert_eq!(primary_text(E0009_CANNOT_INFER, "E0009"), "x");
}

// ---- E0010 ---------------------------------------------------------------------------------

const E0010_USER: &str = r#"type Color do
  Red
  Green
end

fn name(c :: Color) -> String do
  case c do
    Red -> "red"
    Gren -> "green"
  end
end

fn main() do
  println(name(Red))
end
"#;

#[test]
fn e0010_unknown_user_variant_did_you_mean() {
    snapshot!(E0010_USER);
    assert_eq!(primary_text(E0010_USER, "E0010"), "Gren");
}

const E0010_AMBIGUOUS: &str = r#"type Light do
  Red
  Green
end

type Paint do
  Red
  Blue
end

fn main() do
  let c = Red
  println("${c}")
end
"#;

#[test]
fn e0010_ambiguous_variant() {
    snapshot!(E0010_AMBIGUOUS);
    assert_eq!(primary_text(E0010_AMBIGUOUS, "E0010"), "Red");
}

const E0010_QUALIFIED: &str = r#"type Color do
  Red
  Green
end

fn main() do
  let c = Color.Gren
  println("${c}")
end
"#;

#[test]
fn e0010_unknown_qualified_variant() {
    snapshot!(E0010_QUALIFIED);
    assert_eq!(primary_text(E0010_QUALIFIED, "E0010"), "Gren");
}

// ---- E0011 ---------------------------------------------------------------------------------

#[test]
fn e0011_or_pattern_over_variants() {
    snapshot!(
        r#"type Shape do
  Circle(Float)
  Square(Float)
end

fn size(s :: Shape) -> Float do
  case s do
    Circle(r) | Square(side) -> 1.0
  end
end

fn main() do
  println("${size(Circle(1.0))}")
end
"#
    );
}

const E0011_STRUCT: &str = r#"struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let Point { x: a, y: a } = p
  println("${a}")
end
"#;

#[test]
fn e0011_bound_twice_in_struct_pattern() {
    snapshot!(E0011_STRUCT);
    let (_, diagnostics) = diagnose(&[("main.mpl", E0011_STRUCT)]);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    // The second `a`.
    assert_eq!(diagnostics[0].primary_span().map(|s| s.start), Some(110));
}

// ---- E0012 ---------------------------------------------------------------------------------

#[test]
fn e0012_user_sum_type() {
    snapshot!(
        r#"type Color do
  Red
  Green
  Blue
end

fn name(c :: Color) -> String do
  case c do
    Green -> "green"
  end
end

fn main() do
  println(name(Green))
end
"#
    );
}

#[test]
fn e0012_nested_variant_in_option() {
    snapshot!(
        r#"type Color do
  Red
  Green
end

fn name(c :: Option<Color>) -> String do
  case c do
    None -> "none"
    Some(Green) -> "green"
  end
end

fn main() do
  println(name(None))
end
"#
    );
}

#[test]
fn e0012_struct_witness() {
    snapshot!(
        r#"struct Point do
  x :: Bool
  y :: Int
end

fn name(p :: Point) -> String do
  case p do
    Point { x: false } -> "left"
  end
end

fn main() do
  println(name(Point { x: false, y: 1 }))
end
"#
    );
}

#[test]
fn e0012_tuple_witness() {
    snapshot!(
        r#"fn name(p :: (Bool, Int)) -> String do
  case p do
    (true, _) -> "yes"
  end
end

fn main() do
  println(name((true, 1)))
end
"#
    );
}

#[test]
fn e0012_variant_clauses_warning() {
    snapshot!(
        r#"type Light do
  Red
  Amber
  Green
end

fn next(Red) = Green
fn next(Green) = Amber

fn main() do
  println("${next(Red)}")
end
"#
    );
}

// ---- E0023 ---------------------------------------------------------------------------------

#[test]
fn e0023_duplicate_struct_field() {
    snapshot!(
        r#"struct Point do
  x :: Int
  x :: Int
end

fn main() do
  println("hi")
end
"#
    );
}

#[test]
fn e0023_duplicate_variant() {
    snapshot!(
        r#"type Color do
  Red
  Green
  Red
end

fn main() do
  println("hi")
end
"#
    );
}

#[test]
fn e0023_duplicate_type() {
    snapshot!(
        r#"struct Point do
  x :: Int
end

type Point do
  Origin
end

fn main() do
  println("hi")
end
"#
    );
}

// ---- E0026 ---------------------------------------------------------------------------------

#[test]
fn e0026_duplicate_impl() {
    snapshot!(
        r#"interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "one"
end

impl Describe for Int do
  fn describe(self) -> String = "two"
end

fn main() do
  println(1.describe())
end
"#
    );
}

/// An explicit `deriving` entry is the first definition.
#[test]
fn e0026_impl_duplicates_derive() {
    snapshot!(
        r#"type Light do
  On
  Off
end deriving(Eq, Debug)

impl Eq for Light do
  fn eq(self, other :: Light) -> Bool = true
end

fn main() do
  println("${On == Off}")
end
"#
    );
}

// ---- E0027 ---------------------------------------------------------------------------------

const E0027_METHOD: &str = r#"interface Named do
  fn label(self) -> String
end

interface Tagged do
  fn label(self) -> String
end

struct Item do
  id :: Int
end

impl Named for Item do
  fn label(self) -> String = "named"
end

impl Tagged for Item do
  fn label(self) -> String = "tagged"
end

fn main() do
  let item = Item { id: 1 }
  println(item.label())
end
"#;

#[test]
fn e0027_ambiguous_method() {
    snapshot!(E0027_METHOD);
    assert_eq!(primary_text(E0027_METHOD, "E0027"), "label");
}

#[test]
fn e0027_default_without_expected_type() {
    snapshot!(
        r#"fn main() do
  let x = default()
  println("${x}")
end
"#
    );
}

#[test]
fn e0027_into_without_expected_type() {
    snapshot!(
        r#"fn main() do
  let x = 3.into()
  println("${x}")
end
"#
    );
}

// ---- E0028 / E0029 -------------------------------------------------------------------------

#[test]
fn e0028_not_derivable() {
    snapshot!(
        r#"struct Point do
  x :: Int
end deriving(Eq, Show)

fn main() do
  println("hi")
end
"#
    );
}

#[test]
fn e0028_row_for_sum_type() {
    snapshot!(
        r#"type Color do
  Red
  Green
end deriving(Eq, Row)

fn main() do
  println("hi")
end
"#
    );
}

#[test]
fn e0029_ord_without_eq() {
    snapshot!(
        r#"type Level do
  Low
  High
end deriving(Ord, Debug)

fn main() do
  println("hi")
end
"#
    );
}

// ---- E0030 ---------------------------------------------------------------------------------

const E0030_STRUCT: &str = r#"interface Shape do
  fn area(self) -> Float
end

struct Square do
  side :: Float
end

impl Shape for Square do
  fn area(self) -> Float = self.side * self.side
end

fn main() do
  let s = Square { side: 2.0 }
  println("${s.aera()}")
end
"#;

#[test]
fn e0030_no_method_on_struct_did_you_mean() {
    snapshot!(E0030_STRUCT);
    assert_eq!(primary_text(E0030_STRUCT, "E0030"), "aera");
}

#[test]
fn e0030_to_string_without_display() {
    snapshot!(
        r#"struct User do
  name :: String
end

fn main() do
  let u = User { name: "Ada" }
  println(u.to_string())
end
"#
    );
}

#[test]
fn e0030_inspect_without_debug() {
    snapshot!(
        r#"struct Point do
  x :: Int
end deriving(Eq)

fn main() do
  let p = Point { x: 1 }
  println(p.inspect())
end
"#
    );
}

#[test]
fn e0030_into_without_from_impl() {
    snapshot!(
        r#"struct Meters do
  value :: Float
end

fn main() do
  let m :: Meters = 3.into()
  println("${m.value}")
end
"#
    );
}

// ---- E0036 / E0037 -------------------------------------------------------------------------

const E0036_RETURN: &str = r#"fn parse(s :: String) -> Result<Int, String> do
  Ok(1)
end

fn total(s :: String) -> Int do
  let n = parse(s)?
  n + 1
end

fn main() do
  println("${total("1")}")
end
"#;

#[test]
fn e0036_function_does_not_return_result() {
    snapshot!(E0036_RETURN);
    assert_eq!(primary_text(E0036_RETURN, "E0036"), "?");
}

const E0036_CONVERT: &str = r#"struct AppError do
  message :: String
end

fn parse(s :: String) -> Result<Int, Int> do
  Ok(1)
end

fn total(s :: String) -> Result<Int, AppError> do
  let n = parse(s)?
  Ok(n + 1)
end

fn main() do
  println("${total("1")}")
end
"#;

#[test]
fn e0036_cannot_convert_error_type() {
    snapshot!(E0036_CONVERT);
    assert_eq!(primary_text(E0036_CONVERT, "E0036"), "?");
}

const E0037: &str = r#"fn total(n :: Int) -> Result<Int, String> do
  let m = n?
  Ok(m)
end

fn main() do
  println("${total(1)}")
end
"#;

#[test]
fn e0037_question_mark_on_int() {
    snapshot!(E0037);
    assert_eq!(primary_text(E0037, "E0037"), "n");
}

// ---- E0014–E0017 (actors) -------------------------------------------------------------------

const E0014: &str = r#"actor worker(total :: Int) do
  receive do
    n -> worker(total + n)
  end
end

fn main() do
  let w = spawn(worker, 0)
  send(w, "ten")
end
"#;

#[test]
fn e0014_message_type_mismatch() {
    snapshot!(E0014);
    assert_eq!(primary_text(E0014, "E0014"), "\"ten\"");
}

const E0015: &str = r#"fn whoami() do
  self()
end

fn main() do
  whoami()
end
"#;

#[test]
fn e0015_self_outside_actor() {
    snapshot!(E0015);
}

const E0016: &str = r#"actor ticker(n :: Int) do
  receive do
    _ -> ticker(n + 1)
  end
end

fn helper() do
  1
end

fn main() do
  ticker(0)
  spawn(helper)
  spawn(7)
end
"#;

#[test]
fn e0016_actor_misuse() {
    snapshot!(E0016);
}

const E0017: &str = r#"fn main() do
  receive do
    x -> println(x)
  end
end
"#;

#[test]
fn e0017_receive_outside_actor() {
    snapshot!(E0017);
}

// ---- services -----------------------------------------------------------------------------

const E0023_SERVICE: &str = r#"service Cache do
  fn init() -> Int do
    0
  end

  call GetCount() :: Int do |n|
    (n, n)
  end

  cast Get_count() do |n|
    n
  end

  call Start() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let c = Cache.start()
  println("${Cache.get_count(c)}")
end
"#;

#[test]
fn e0023_service_operation_names() {
    snapshot!(E0023_SERVICE);
}

const SERVICE_HANDLER_TYPES: &str = r#"service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    n
  end

  cast Bump() do |n|
    "n + 1"
  end
end

fn main() do
  let c = Counter.start()
  Counter.bump(c)
  println("${Counter.get(c)}")
  Counter.reset(c)
end
"#;

/// A call handler's body is `(new state, reply)` and a cast's the new state (E0001); an
/// operation the service does not have is E0034.
#[test]
fn service_handler_types_and_unknown_operation() {
    snapshot!(SERVICE_HANDLER_TYPES);
}

const SERVICE_UNTYPED_PARAM: &str = r#"service Log do
  cast Add(line) do |_|
    ()
  end
end

fn main() do
  let l = Log.start()
  Log.add(l, "x")
end
"#;

#[test]
fn c0001_untyped_service_handler_parameter() {
    snapshot!(SERVICE_UNTYPED_PARAM);
}

// ---- supervisors --------------------------------------------------------------------------

const SUPERVISOR_SETTINGS: &str = r#"actor worker() do
  println("worker")
end

supervisor App do
  strategy: one_for_none
  child a do
    restart: forever
    shutdown: 0
  end
  child b do
    start: fn -> "not a pid" end
    shutdown: later
  end
  child a do
    start: spawn(worker)
  end
end

fn main() do
  spawn(App)
end
"#;

/// E0018–E0021, each reported where §8.4 says: E0018 at the `start:` expression (at the child's
/// name when it is missing), E0019 at the strategy or the second child name.
#[test]
fn supervisor_setting_errors() {
    snapshot!(SUPERVISOR_SETTINGS);
}

const NODE_SPAWN: &str = r#"fn work(n :: Int) -> () do
  println("${n}")
end

fn main() do
  Node.spawn("b@localhost", work, "not an Int")
  Node.spawn("b@localhost", fn -> 1 end)
  Node.spawn("b@localhost", work)
end
"#;

/// `Node.spawn` checks the arguments against the named function's parameters; anything but a
/// top-level function or actor of that arity, by name, is E0016.
#[test]
fn node_spawn_arguments_and_target() {
    snapshot!(NODE_SPAWN);
}

// ---- E0038 ---------------------------------------------------------------------------------

const E0038_FIELD: &str = r#"struct Job do
  id :: Int
  run :: Fun() -> Int
end deriving(Json)

fn main() do
  println("job")
end
"#;

#[test]
fn e0038_field_not_serializable() {
    snapshot!(E0038_FIELD);
    assert_eq!(primary_text(E0038_FIELD, "E0038"), "run");
}

const E0038_VARIANT: &str = r#"type Event do
  Tick(Int)
  Call(Fun(Int) -> Int)
end deriving(Json)

fn main() do
  println("event")
end
"#;

#[test]
fn e0038_unnamed_variant_field() {
    snapshot!(E0038_VARIANT);
}

const E0038_ENCODE: &str = r#"fn main() do
  let counts = %{1 => "one"}
  println(Json.encode(counts))
end
"#;

#[test]
fn e0038_encode_of_non_serializable_value() {
    snapshot!(E0038_ENCODE);
    assert_eq!(primary_text(E0038_ENCODE, "E0038"), "counts");
}

// ---- E0040 / E0041 -------------------------------------------------------------------------

const E0040: &str = r#"interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Bag do
  things :: List<Int>
end

impl Container for Bag do
  fn first(self) -> Int = 1
end

fn main() do
  println("hi")
end
"#;

#[test]
fn e0040_missing_associated_type() {
    snapshot!(E0040);
    assert_eq!(primary_text(E0040, "E0040"), "impl Container for Bag");
}

const E0041: &str = r#"interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  type Item = Int
  fn describe(self) -> String = "int"
end

fn main() do
  println("hi")
end
"#;

#[test]
fn e0041_undeclared_associated_type() {
    snapshot!(E0041);
    assert_eq!(primary_text(E0041, "E0041"), "type Item = Int");
}

// ---- Error recovery (§5.3 rule 8, §8.1) ----------------------------------------------------

/// Values whose expression failed to check, and operands that disagree,
/// cause no further diagnostics.
#[test]
fn failed_expressions_cause_no_follow_up_errors() {
    snapshot!(
        r#"struct Money do
  cents :: Int
end

fn main() do
  let a = Money.from(1)
  let b = Wallet { cents: 2 }
  let c = Money { cents: 3 } * 2
  println("${a.cents} ${b.cents} ${a.total()} ${%{b | cents: 4}} ${c.cents}")
end
"#
    );
}

// ---- W0001 ---------------------------------------------------------------------------------

#[test]
fn w0001_redundant_variant_arm() {
    snapshot!(
        r#"type Color do
  Red
  Green
end

fn name(c :: Color) -> String do
  case c do
    Red -> "red"
    Green -> "green"
    Red -> "red again"
  end
end

fn main() do
  println(name(Red))
end
"#
    );
}
