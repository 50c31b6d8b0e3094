# error: E0006 String does not implement Describe
# A where-bound is checked at every call; E0006 at the argument whose type fails (LANGUAGE.md §5.14).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "int"
end

fn describe_it<T>(x :: T) -> String where T: Describe do
  x.describe()
end

fn main() do
  println(describe_it(1))
  println(describe_it("one"))
end
