# error: E0006 Float does not implement Describe
# Where-bounds are checked for calls through pipes too (LANGUAGE.md §5.14, Beyond).
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
  println(1 |> describe_it())
  println(2.5 |> describe_it())
end
