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
        r#"actor counter(n :: Int) do
  counter(n + 1)
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
