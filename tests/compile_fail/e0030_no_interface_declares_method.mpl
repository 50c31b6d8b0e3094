# error: E0030 no method `frobnicate` on type `T`
# A method call on a type parameter when no interface declares the method (LANGUAGE.md §5.15:
# "none → E0030").
# Interpretation: the rigid parameter is printed by name (`T`, §8.1).
interface Describe do
  fn describe(self) -> String
end

fn poke<T>(x :: T) -> String do
  x.frobnicate()
end

fn main() do
  println("x")
end
