//! Items (§3.3–§3.7, §3.13), one test per kind, asserted on the dump.

mod support;

use support::check;

#[test]
fn imports() {
    check("import A.B", "(import A.B)");
    check("from A.B import x, y", "(from A.B x y)");
    check(
        "import Util.TextTools\nfrom Geometry.Shapes import Shape",
        "(import Util.TextTools)\n(from Geometry.Shapes Shape)",
    );
}

#[test]
fn from_is_an_identifier_elsewhere() {
    check("let from = 1", "(let from 1)");
    check(
        "fn f(from) = from(1)",
        "(fn f (params from) = (call from 1))",
    );
}

#[test]
fn inline_modules() {
    check(
        "pub module Outer do\n  pub fn f() = 1\n  module Inner do\n    let k = 2\n  end\nend",
        "(module pub Outer (fn pub f (params) = 1) (module Inner (let k 2)))",
    );
}

#[test]
fn function_without_parameter_list() {
    check("fn main do 1 end", "(fn main (block 1))");
    check("fn main() do\nend", "(fn main (params) (block))");
}

#[test]
fn function_header_parts_in_order() {
    check(
        "pub fn id<T, U>(x :: T, (a, b), [h | t], self, _ :: Int, 0 | 1 as z) -> T where T: Eq, U: Geometry.Show when x > 0 = x",
        "(fn pub id <T, U> (params (x :: T) (tuple a b) (list h | t) self (_ :: Int) (as (| 0 1) z)) -> T (where T: Eq U: Geometry.Show) (when (> x 0)) = x)",
    );
}

#[test]
fn def_and_expression_bodies() {
    check(
        "def f(x) = x\nfn g(x) =\n  x + 1",
        "(fn f (params x) = x)\n(fn g (params x) = (+ x 1))",
    );
}

#[test]
fn multi_clause_functions_are_consecutive_definitions() {
    check(
        "fn fact(0) = 1\nfn fact(n) = n * fact(n - 1)",
        "(fn fact (params 0) = 1)\n(fn fact (params n) = (* n (call fact (- n 1))))",
    );
    check(
        "fn len([]) = 0\nfn len([_ | rest]) = 1",
        "(fn len (params (list)) = 0)\n(fn len (params (list _ | rest)) = 1)",
    );
}

#[test]
fn guards_before_do_bodies() {
    check(
        "fn f(x) when g(x) do x end",
        "(fn f (params x) (when (call g x)) (block x))",
    );
}

#[test]
fn nested_function_definitions() {
    check(
        "fn outer() do\n  fn inner(x) = x\n  inner(1)\nend",
        "(fn outer (params) (block (fn inner (params x) = x) (call inner 1)))",
    );
}

#[test]
fn structs_with_schema_lines() {
    check(
        "struct P<T> do\n  x :: T\n  table \"events\"\n  primary_key :id\n  timestamps true\n  belongs_to :org, Org\n  has_many :items, Item\n  has_one :owner, User\n  table :: String\nend deriving(Eq, Display)",
        "(struct P <T> (x :: T) (table \"events\") (primary_key :id) (timestamps true) (BelongsTo :org Org) (HasMany :items Item) (HasOne :owner User) (table :: String) (deriving Eq Display))",
    );
}

#[test]
fn juxtaposed_fields_and_deriving_on_the_next_line() {
    check(
        "struct P do\n  x :: Int y :: Int\nend\nderiving(Debug)",
        "(struct P (x :: Int) (y :: Int) (deriving Debug))",
    );
    check("pub struct E do\nend", "(struct pub E)");
}

#[test]
fn sum_types_and_aliases() {
    check(
        "type Color do\n  Red Green Blue\nend\ntype Shape do\n  Circle(Float)\n  Rect(w :: Float, Float)\nend deriving(Eq)",
        "(type Color (Red) (Green) (Blue))\n(type Shape (Circle Float) (Rect (w :: Float) Float) (deriving Eq))",
    );
    check(
        "type Id = Int\ntype Pair<A, B> =\n  (A, B)",
        "(alias Id Int)\n(alias Pair <A, B> (A, B))",
    );
    check(
        "pub type Option<T> do\n  Some(T)\n  None\nend",
        "(type pub Option <T> (Some T) (None))",
    );
}

#[test]
fn types() {
    let cases = [
        ("Fun(Int, String) -> Int?", "Fun(Int, String) -> Int?"),
        ("(Fun(Int) -> Int)?", "(Fun(Int) -> Int)?"),
        ("Int!String?", "Int!String?"),
        ("Int??", "Int??"),
        ("Map<K, List<V>>", "Map<K, List<V>>"),
        ("(Int, String)?", "(Int, String)?"),
        ("Self.Item", "Self.Item"),
        ("()", "()"),
        ("(Int)", "Int"),
        ("(Int,)", "Int"),
        ("Geometry.Point", "Geometry.Point"),
        ("Fun() -> ()", "Fun() -> ()"),
    ];
    for (source, expected) in cases {
        check(
            &format!("type T = {source}"),
            &format!("(alias T {expected})"),
        );
    }
}

#[test]
fn interfaces() {
    check(
        "interface Container<P> do\n  type Item\n  fn items(self) -> List<Self.Item>\n  def size(self) -> Int do\n    List.length(self.items())\n  end\n  fn none\nend",
        "(interface Container <P> (type Item) (fn items (params self) -> List<Self.Item>) (fn size (params self) -> Int (block (call (. List length) (call (. self items))))) (fn none (params)))",
    );
}

#[test]
fn impls() {
    check(
        "impl From<Int> for Geometry.Meters where T: Display do\n  type Output = Vec2\n  fn from(x :: Int) -> Meters = Meters { v: x }\n  pub fn other() = 1\nend",
        "(impl From<Int> for Geometry.Meters (where T: Display) (type Output Vec2) (fn from (params (x :: Int)) -> Meters = (struct Meters (v: x))) (fn pub other (params) = 1))",
    );
}

#[test]
fn actors_with_terminate() {
    check(
        "pub actor ticker(n :: Int, m) do\n  let x = n\n  terminate do\n    println(\"bye\")\n  end\n  x\nend",
        "(actor pub ticker (params (n :: Int) m) (block (let x n) x) (terminate (block (call println \"bye\"))))",
    );
    check("actor a do\nend", "(actor a (params) (block))");
}

#[test]
fn services() {
    check(
        "service Counter do\n  fn init(start :: Int) -> Int do\n    start\n  end\n  call Get() :: Int do |count|\n    (count, count)\n  end\n  cast Reset do |_|\n    0\n  end\n  call Add(n :: Int) do\n    n\n  end\nend",
        "(service Counter (fn init (params (start :: Int)) -> Int (block start)) (call Get (params) :: Int |count| (block (tuple count count))) (cast Reset (params) |_| (block 0)) (call Add (params (n :: Int)) (block n)))",
    );
}

#[test]
fn supervisors() {
    check(
        "supervisor App do\n  strategy: one_for_one\n  max_restarts: 3\n  max_seconds: 5\n  child w do\n    start: fn -> spawn(worker) end\n    restart: permanent\n    shutdown: 1000\n  end\n  child v do\n    shutdown: brutal_kill\n  end\nend",
        "(supervisor App (strategy one_for_one) (max_restarts 3) (max_seconds 5) (child w (start (fn (clause (params) (block (spawn worker))))) (restart permanent) (shutdown 1000)) (child v (shutdown brutal_kill)))",
    );
}

#[test]
fn top_level_statements() {
    check("let max = 100\nmax + 1", "(let max 100)\n(+ max 1)");
    check(
        "let (a, b) :: (Int, Int) = (1, 2)",
        "(let (tuple a b) :: (Int, Int) (tuple 1 2))",
    );
    check("let x = 1 let y = 2", "(let x 1)\n(let y 2)");
    check(";;\nlet x = 1;let y = 2;\n", "(let x 1)\n(let y 2)");
}

#[test]
fn node_ids_are_dense_and_counted() {
    let parsed =
        mesh_parser::parse("fn f(x) = Point { x: x + 1 }\nlet p = Geometry.Point { y: 2 }");
    assert!(parsed.diagnostics.is_empty());
    // Patterns: x, p. Expressions: x, 1, x + 1, Point {…}, 2, Geometry.Point {…}.
    // The names of the struct literals get no ids.
    assert_eq!(parsed.module.node_count, 8);
    support::assert_dense_ids(&parsed);
}
