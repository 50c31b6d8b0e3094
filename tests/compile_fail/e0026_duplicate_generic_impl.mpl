# error: E0026 duplicate impl: `Describe` is already implemented for `Box<T>`
# Two impls for the same type constructor conflict even with different where clauses
# (LANGUAGE.md §5.14: "for the same type constructor").
# Interpretation: the implementing type is printed as the type of `self` in the impl, `Box<T>`
# (§5.14: `self` has type `T` with its parameters in scope; §8.1: rigid parameters by name).
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "int"
end

struct Box<T> do
  value :: T
end

impl Describe for Box where T: Describe do
  fn describe(self) -> String = "box"
end

impl Describe for Box do
  fn describe(self) -> String = "any box"
end

fn main() do
  println("x")
end
