# Method resolution order (LANGUAGE.md §5.15): a struct field comes before a trait method of the
# same name; a trait method comes before the library module of the receiver type, which is still
# used for names no trait provides.
interface Run do
  fn run(self) -> String
end

struct Task do
  run :: Fun(Int) -> String
  name :: String
end

impl Run for Task do
  fn run(self) -> String = "trait run of ${self.name}"
end

interface Measure do
  fn length(self) -> Int
end

impl Measure for String do
  fn length(self) -> Int = 99
end

fn main() do
  let t = Task { run: fn n -> "field run ${n}" end, name: "build" }
  println(t.run(5))
  println(Run.run(t))
  println("${"abc".length()} ${"abc".to_upper()}")
end
