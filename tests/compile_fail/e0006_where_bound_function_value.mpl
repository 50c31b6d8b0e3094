# error: E0006 String does not implement Describe
# Where-bounds are checked for uses of the function as a value (LANGUAGE.md §5.3 rule 4, §5.14).
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
  let ok = List.map([1, 2], describe_it)
  let bad = List.map(["a", "b"], describe_it)
  println("${ok} ${bad}")
end
