# error: E0006 Float does not implement Describe
# The where clause of `impl Describe for Box where T: Describe` is checked at the method call
# (LANGUAGE.md §5.14: bounds are checked at method calls).
# Interpretation: the message names the type argument that lacks the bounded trait (`Float`), not
# `Box<Float>`; spelled as in the §8.4 catalogue (no backticks).
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
  fn describe(self) -> String = "box of " <> self.value.describe()
end

fn main() do
  println(Box { value: 1 }.describe())
  println(Box { value: 2.5 }.describe())
end
