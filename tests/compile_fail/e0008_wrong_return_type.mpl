# error: E0008 method describe in impl Describe has wrong signature: expected Fun(Int) -> String, found Fun(Int) -> Int
# The return type must equal the interface's after substituting `Self := Int` (LANGUAGE.md §5.14).
# Interpretation: a signature is printed as the method's function type, `self` included as the
# first parameter, in the source syntax of §8.1 (`Fun(Int) -> String`).
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> Int = self
end

fn main() do
  println("x")
end
