# error: E0026 duplicate impl: `Describe` is already implemented for `Int`
# The same trait implemented twice for the same type (LANGUAGE.md §5.14); reported on the second.
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "first"
end

impl Describe for Int do
  fn describe(self) -> String = "second"
end

fn main() do
  println(1.describe())
end
