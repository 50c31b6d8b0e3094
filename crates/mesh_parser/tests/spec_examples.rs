//! Every worked example of LANGUAGE.md §9 parses without diagnostics.
//!
//! The sources are copied verbatim from the spec (one test per example;
//! §9.16 has one test per file).

mod support;

use mesh_parser::parse;

fn parses_cleanly(source: &str) {
    support::parse_ok(source);
    support::assert_dense_ids(&parse(source));
}

/// §9.1 Interpolation and number formatting
#[test]
fn example_9_1() {
    let source = r#"fn main() do
  let name = "Mesh"
  let n = 3
  println("Hello, ${name}!")
  println("${n} + 0.5 = ${Float.from(n) + 0.5}")
  println("${2.0 * 4.0} ${0.1 + 0.2} ${1.0e21} ${1.0e-7} ${-0.0}")
  println("${[1.5, 2.0]} ${true} ${:ok} ${nil}")
end
"#;
    parses_cleanly(source);
}

/// §9.2 Multi-clause functions, guards and list patterns
#[test]
fn example_9_2() {
    let source = r#"fn fact(0) = 1
fn fact(n) = n * fact(n - 1)

fn classify(n) when n < 0 = "negative"
fn classify(0) = "zero"
fn classify(n) when n < 10 = "small"
fn classify(_) = "large"

fn len([]) = 0
fn len([_ | rest]) = 1 + len(rest)

fn main() do
  println("${fact(20)}")
  let labels = List.map([-5, 0, 7, 42], classify)
  println(String.join(labels, ", "))
  println("${len([10, 20, 30])}")
end
"#;
    parses_cleanly(source);
}

/// §9.3 Closures and pipes
#[test]
fn example_9_3() {
    let source = r#"fn double(x) = x * 2

fn main() do
  let offset = 10
  let add_offset = fn x -> x + offset end
  let result = [1, 2, 3, 4, 5]
    |> List.map(double)
    |> List.filter(fn x -> x > 4 end)
    |> List.map(add_offset)
  println("${result}")
  let total = reduce(result, 0, fn acc, x -> acc + x end)
  println("total = ${total}")
  let shout = "hello" |> String.to_upper() |> fn s -> s <> "!" end
  println(shout)
  let compose = fn f, g -> fn x -> g(f(x)) end end
  let inc_then_double = compose(fn x -> x + 1 end, double)
  println("${inc_then_double(4)}")
end
"#;
    parses_cleanly(source);
}

/// §9.4 Structs, update, Display and Debug
#[test]
fn example_9_4() {
    let source = r#"struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

struct User do
  name :: String
  age :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = %{p | y: 5}
  println("${p} ${q} ${p == q} ${p == Point { x: 1, y: 2 }}")
  println(q.inspect())
  let u = User { name: "Ada", age: 36 }
  println("${u}")
  println(u.inspect())
  let older = %{u | age: u.age + 1}
  println("${older.name} is ${older.age}, was ${u.age}")
end
"#;
    parses_cleanly(source);
}

/// §9.5 Sum types and `case`
#[test]
fn example_9_5() {
    let source = r#"type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Empty
end deriving(Eq, Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Empty -> 0.0
  end
end

fn main() do
  let shapes = [Circle(1.5), Rect(2.0, 4.5), Empty]
  for s in shapes do
    println("${s}: ${area(s)}")
  end
  let big = List.filter(shapes, fn s -> area(s) > 5.0 end)
  println("big: ${big}")
  println("${Shape.Empty == Empty}")
end
"#;
    parses_cleanly(source);
}

/// §9.6 Nested patterns, or-patterns, `as`, cons, Option
#[test]
fn example_9_6() {
    let source = r#"fn describe(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    [x] -> "one: ${x}"
    [(0 | 1) as first, _] -> "two, starting with bit ${first}"
    [a, b | rest] -> "${a}, ${b} and ${List.length(rest)} more"
  end
end

fn first_word(s :: String) -> Option<String> do
  case String.split(s, " ") do
    w :: _ when w != "" -> Some(w)
    _ -> None
  end
end

fn main() do
  println(describe([]))
  println(describe([7]))
  println(describe([1, 9]))
  println(describe([5, 6, 7, 8]))
  println("${first_word("hello big world")} ${first_word("")}")
end
"#;
    parses_cleanly(source);
}

/// §9.7 Interfaces, associated types, default methods, where-bounds
#[test]
fn example_9_7() {
    let source = r#"interface Container do
  type Item
  fn items(self) -> List<Self.Item>
  fn size(self) -> Int do
    List.length(self.items())
  end
end

struct Bag do
  things :: List<String>
end

impl Container for Bag do
  type Item = String
  fn items(self) -> List<String> do
    self.things
  end
end

interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String do
    if self < 0 do "minus ${-self}" else "plus ${self}" end
  end
end

fn show_all<T>(xs :: List<T>) -> List<String> where T: Describe do
  List.map(xs, fn x -> x.describe() end)
end

fn main() do
  let bag = Bag { things: ["apple", "pear"] }
  println("${bag.size()} items: ${bag.items()}")
  println("${show_all([3, -4])}")
  println(7.describe())
end
"#;
    parses_cleanly(source);
}

/// §9.8 Operator overloading and generic bounds
#[test]
fn example_9_8() {
    let source = r#"struct Vec2 do
  x :: Float
  y :: Float
end deriving(Eq, Display)

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x + other.x, y: self.y + other.y }
  end
end

impl Neg for Vec2 do
  type Output = Vec2
  fn neg(self) -> Vec2 do
    Vec2 { x: -self.x, y: -self.y }
  end
end

fn sum_all<T>(items :: List<T>, zero :: T) -> T where T: Add do
  reduce(items, zero, fn acc, v -> acc + v end)
end

fn main() do
  let a = Vec2 { x: 1.5, y: 2.0 }
  let b = Vec2 { x: 0.5, y: -1.0 }
  println("${a + b}")
  println("${-a}")
  println("${sum_all([a, b, a], Vec2 { x: 0.0, y: 0.0 })}")
  println("${sum_all([1, 2, 3], 0)} ${a + b == Vec2 { x: 2.0, y: 1.0 }}")
end
"#;
    parses_cleanly(source);
}

/// §9.9 `?` with `From`, Option `?`, `into`
#[test]
fn example_9_9() {
    let source = r#"struct AppError do
  message :: String
end

impl Display for AppError do
  fn to_string(self) -> String do
    "AppError: " <> self.message
  end
end

impl From<String> for AppError do
  fn from(msg :: String) -> AppError do
    AppError { message: msg }
  end
end

fn parse_int(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: ${s}")
  end
end

fn add_strings(a :: String, b :: String) -> Result<Int, AppError> do
  let x = parse_int(a)?
  let y = parse_int(b)?
  Ok(x + y)
end

fn first_even(xs :: List<Int>) -> Option<Int> do
  let e = List.find(xs, fn x -> x % 2 == 0 end)?
  Some(e * 10)
end

fn main() do
  println("${add_strings("20", "22")}")
  println("${add_strings("20", "x")}")
  println("${first_even([1, 3, 4, 6])} ${first_even([1, 3])}")
  let total :: Float = 3.into()
  println("${total / 2.0}")
end
"#;
    parses_cleanly(source);
}

/// §9.10 `for` comprehensions
#[test]
fn example_9_10() {
    let source = r#"fn main() do
  let squares = for i in 1..6 when i % 2 == 1 do
    i * i
  end
  println("${squares}")
  let ages = %{"ann" => 31, "bob" => 17, "cy" => 45}
  let adults = for {name, age} in ages when age >= 18 do
    "${name}:${age}"
  end
  println(String.join(adults, ", "))
  let firsts = for x in [5, 8, -1, 9] do
    if x < 0 do break end
    x * 2
  end
  println("${firsts}")
  let keys = for k in ages do k end
  println("${keys}")
  let grid = for r in 0..2 do
    for c in 0..3 do r * 3 + c end
  end
  println("${grid}")
end
"#;
    parses_cleanly(source);
}

/// §9.11 Atoms, tuples, keyword arguments, keyword maps
#[test]
fn example_9_11() {
    let source = r#"fn describe(opts :: Map<String, Int>) -> String do
  "w=${Map.get(opts, "width")} h=${Map.get(opts, "height")}"
end

fn status(code :: Int) -> (Atom, String) do
  case code do
    200 -> (:ok, "fine")
    404 -> (:missing, "not found")
    _ -> (:error, "code ${code}")
  end
end

fn main() do
  println(describe(width: 3, height: 4))
  println(describe(%{width: 10, height: 20}))
  let (tag, text) = status(404)
  println("${tag} -> ${text}")
  case status(500) do
    (:error, msg) -> println("error: ${msg}")
    (_, msg) -> println("other: ${msg}")
  end
  println("${status(200)}")
  println(status(200).inspect())
end
"#;
    parses_cleanly(source);
}

/// §9.12 Actors with `receive` and `after`
#[test]
fn example_9_12() {
    let source = r#"type Msg do
  Add(Int)
  Show(String)
  Stop
end

actor ticker(n :: Int) do
  receive do
    Stop -> println("ticker stopped early")
  after 20 ->
    if n < 3 do
      println("tick ${n}")
      ticker(n + 1)
    else
      println("ticker done")
    end
  end
end

actor counter(total :: Int) do
  receive do
    Add(n) -> counter(total + n)
    Show(label) ->
      println("${label}: ${total}")
      counter(total)
    Stop ->
      println("stopped at ${total}")
      spawn(ticker, 0)
  end
end

fn main() do
  println("main: starting")
  let c = spawn(counter, 0)
  send(c, Add(5))
  send(c, Add(7))
  send(c, Show("after two adds"))
  send(c, Add(-2))
  send(c, Show("after three adds"))
  send(c, Stop)
end
"#;
    parses_cleanly(source);
}

/// §9.13 Selective receive
#[test]
fn example_9_13() {
    let source = r#"type Event do
  Data(Int)
  Start
  Done
end

actor gate(started :: Bool, sum :: Int) do
  if started do
    receive do
      Data(n) ->
        println("data ${n}")
        gate(true, sum + n)
      Done -> println("done, sum ${sum}")
    end
  else
    receive do
      Start ->
        println("started")
        gate(true, sum)
    end
  end
end

fn main() do
  let g = spawn(gate, false, 0)
  send(g, Data(1))
  send(g, Data(2))
  send(g, Start)
  send(g, Data(3))
  send(g, Done)
end
"#;
    parses_cleanly(source);
}

/// §9.14 A service
#[test]
fn example_9_14() {
    let source = r#"service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call Get() :: Int do |count|
    (count, count)
  end

  call Add(n :: Int) :: Int do |count|
    let updated = count + n
    (updated, updated)
  end

  call Replace(n :: Int) :: Int do |old|
    (n, old)
  end

  cast Reset() do |_count|
    0
  end
end

fn main() do
  let pid = Counter.start(10)
  println("start: ${Counter.get(pid)}")
  println("after add: ${Counter.add(pid, 5)}")
  Counter.reset(pid)
  println("after reset: ${Counter.get(pid)}")
  println("replaced: ${Counter.replace(pid, 100)}")
  println("now: ${Counter.get(pid)}")
end
"#;
    parses_cleanly(source);
}

/// §9.15 A supervisor restarting a crashing worker
#[test]
fn example_9_15() {
    let source = r#"service Runs do
  fn init() -> Int do
    0
  end

  call Next() :: Int do |n|
    (n + 1, n + 1)
  end
end

type Cmd do
  Ping
end

actor worker() do
  let n = Runs.next(Process.whereis("runs"))
  if n < 3 do
    println("worker run ${n}: crashing")
    let zero = n - n
    println("never printed ${10 / zero}")
  else
    println("worker run ${n}: stable")
  end
  receive do
    Ping -> println("pong")
  end
end

supervisor App do
  strategy: one_for_one
  max_restarts: 3
  max_seconds: 5
  child w do
    start: fn -> spawn(worker) end
    restart: permanent
    shutdown: 1000
  end
end

fn main() do
  let runs = Runs.start()
  Process.register("runs", runs)
  spawn(App)
end
"#;
    parses_cleanly(source);
}

/// §9.16 A multi-module project
#[test]
fn example_9_16_a() {
    let source = r#"pub type Shape do
  Square(Int)
  Circle(Int)
end deriving(Display)

pub fn area(s :: Shape) -> Float do
  case s do
    Square(side) -> Float.from(side * side)
    Circle(r) -> 3.14 * Float.from(r * r)
  end
end

fn secret() = 42
"#;
    parses_cleanly(source);
}

/// §9.16 A multi-module project
#[test]
fn example_9_16_b() {
    let source = r#"pub fn banner(title :: String) -> String do
  "== " <> String.to_upper(title) <> " =="
end
"#;
    parses_cleanly(source);
}

/// §9.16 A multi-module project
#[test]
fn example_9_16_c() {
    let source = r#"from Geometry.Shapes import Shape, area
import Util.TextTools

fn main() do
  println(TextTools.banner("shapes"))
  let shapes = [Square(3), Circle(2)]
  for s in shapes do
    println("${s} has area ${area(s)}")
  end
  println(Util.TextTools.banner("done"))
end
"#;
    parses_cleanly(source);
}

/// §9.17 Ordering and `compare`
#[test]
fn example_9_17() {
    let source = r#"type Priority do
  Low
  Medium
  High
end deriving(Eq, Ord, Display)

fn max_of<T>(a :: T, b :: T) -> T where T: Ord do
  if a > b do a else b end
end

fn main() do
  println("${max_of(Low, High)} ${max_of(3, 9)} ${max_of("pear", "apple")}")
  println("${compare(Medium, Low)} ${compare(2, 2)}")
  println("${Low < Medium and Medium < High}")
  println("${[1, 2, 3] < [1, 3]} ${(1, "b") > (1, "a")}")
end
"#;
    parses_cleanly(source);
}

/// §9.18 Integer and float semantics
#[test]
fn example_9_18() {
    let source = r#"fn main() do
  println("${7 / 2} ${-7 / 2} ${7 % 3} ${-7 % 3} ${7 % -3}")
  println("${0xFF} ${0b1010} ${0o17} ${1_000_000}")
  let max = 9223372036854775807
  println("${max + 1}")
  println("${7.0 / 2.0} ${-7.5 % 2.0} ${1.0 / 0.0}")
end
"#;
    parses_cleanly(source);
}

/// §9.19 Layout corners: `else if`, continuation lines, returning closures
#[test]
fn example_9_19() {
    let source = r#"fn grade(score :: Int) -> String do
  if score >= 90 do
    "A"
  else if score >= 80 do
    "B"
  else
    "C"
  end
end

fn make_adder(n :: Int) -> Fun(Int) -> Int do
  fn(x) -> x + n end
end

fn main() do
  let total = 1 +
    2 +
    3
  let add5 = make_adder(5)
  println(grade(95) <> grade(85) <> grade(10))
  println("${total} ${add5(total)}")
  let lengths = ["a", "bb", "ccc"]
    |> List.map(fn w -> String.length(w) end)
  println("${lengths}")
  if String.contains("mesh", "es") do
    println("contains")
  end
end
"#;
    parses_cleanly(source);
}

/// §9.20 Multi-clause closures, capture and block scope
#[test]
fn example_9_20() {
    let source = r#"fn main() do
  let describe = fn 0 -> "zero" | n when n < 0 -> "negative" | _ -> "positive" end
  println(describe(0) <> " " <> describe(-3) <> " " <> describe(8))
  let x = 1
  let f = fn -> x * 10 end
  let x = 2
  println("${f()} ${x}")
  if true do
    let x = 99
    println("inner ${x}")
  end
  println("outer ${x}")
end
"#;
    parses_cleanly(source);
}

/// §9.21 Tail recursion
#[test]
fn example_9_21() {
    let source = r#"fn sum_to(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    sum_to(n - 1, acc + n)
  end
end

fn count_down(n) do
  case n do
    0 -> println("liftoff")
    _ ->
      if n % 250000 == 0 do println("${n}") end
      count_down(n - 1)
  end
end

fn main() do
  println("${sum_to(1000000, 0)}")
  count_down(1000000)
end
"#;
    parses_cleanly(source);
}
