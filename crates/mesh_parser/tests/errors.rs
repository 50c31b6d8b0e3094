//! One snapshot per parse-error message of §8.5, rendered as `meshc`
//! prints it (source on top, then the diagnostics).

mod support;

use insta::assert_snapshot;
use support::snapshot;

#[test]
fn generic_expected_found() {
    assert_snapshot!(snapshot("fn main() do\n  if x then\n    1\n  end\nend\n"));
}

#[test]
fn generic_expected_list() {
    assert_snapshot!(snapshot("fn main() -> Int\n  1\nend\n"));
}

#[test]
fn generic_expected_category() {
    assert_snapshot!(snapshot("fn main() do\n  let x = )\nend\n"));
}

#[test]
fn generic_at_end_of_file() {
    assert_snapshot!(snapshot("let xs = [1, 2"));
}

#[test]
fn unclosed_block() {
    assert_snapshot!(snapshot("fn main() do\n  println(\"hi\")\n"));
}

#[test]
fn unclosed_closure() {
    assert_snapshot!(snapshot(
        "fn main() do\n  List.map(xs, fn x -> x * 2)\nend\n"
    ));
}

#[test]
fn interpolation_in_pattern() {
    assert_snapshot!(snapshot(
        "fn f(s) do\n  case s do\n    \"id-${n}\" -> n\n    _ -> 0\n  end\nend\n"
    ));
}

#[test]
fn glob_import() {
    assert_snapshot!(snapshot("from Geometry.Shapes import *\n"));
}

#[test]
fn second_terminate() {
    assert_snapshot!(snapshot(
        "actor worker() do\n  terminate do\n    println(\"a\")\n  end\n  terminate do\n    println(\"b\")\n  end\nend\n"
    ));
}

#[test]
fn bad_service_member() {
    assert_snapshot!(snapshot(
        "service Counter do\n  let x = 1\n  call Get() :: Int do |n|\n    (n, n)\n  end\nend\n"
    ));
}

#[test]
fn bad_supervisor_member() {
    assert_snapshot!(snapshot(
        "supervisor App do\n  strategy: one_for_one\n  workers: 3\nend\n"
    ));
}

#[test]
fn trailing_do() {
    assert_snapshot!(snapshot(
        "fn main() do\n  List.each(xs) do |x|\n    println(x)\n  end\nend\n"
    ));
}

#[test]
fn atom_after_key() {
    assert_snapshot!(snapshot("fn main() do\n  greet(name:title)\nend\n"));
}

#[test]
fn positional_after_keyword() {
    assert_snapshot!(snapshot(
        "fn main() do\n  greet(name: \"Al\", \"hi\")\nend\n"
    ));
}

#[test]
fn definition_where_a_closure_was_meant() {
    assert_snapshot!(snapshot("fn make() do\n  fn x -> x + 1 end\nend\n"));
}

#[test]
fn misplaced_item() {
    assert_snapshot!(snapshot(
        "fn main() do\n  struct Point do\n    x :: Int\n  end\n  1\nend\n"
    ));
}

#[test]
fn misplaced_import() {
    assert_snapshot!(snapshot("fn main() do\n  import Util.TextTools\nend\n"));
}

#[test]
fn pub_impl() {
    assert_snapshot!(snapshot("pub impl Show for Point do\nend\n"));
}

#[test]
fn untyped_field() {
    assert_snapshot!(snapshot("struct User do\n  name\n  age :: Int\nend\n"));
}

#[test]
fn duplicate_setting() {
    assert_snapshot!(snapshot(
        "supervisor App do\n  max_restarts: 3\n  max_restarts: 5\nend\n"
    ));
}

#[test]
fn return_at_top_level() {
    assert_snapshot!(snapshot("let x = 1\nreturn x\n"));
}

#[test]
fn integer_out_of_range() {
    assert_snapshot!(snapshot(
        "let x = 9223372036854775808\nlet y = -9223372036854775808\n"
    ));
}

#[test]
fn lexical_errors_come_first() {
    assert_snapshot!(snapshot("let a = 1 @ 2\nlet b = (\n"));
}
