# Parameter types left out in the interface may be chosen by each impl (LANGUAGE.md §5.14).
interface Combine do
  fn combine(self, other) -> Self
end

struct Counter do
  n :: Int
end

impl Combine for Counter do
  fn combine(self, other :: Int) -> Counter = Counter { n: self.n + other }
end

impl Combine for String do
  fn combine(self, other :: List<String>) -> String = String.join([self] ++ other, "+")
end

fn main() do
  println("${Counter { n: 1 }.combine(41).n}")
  println("a".combine(["b", "c"]))
end
