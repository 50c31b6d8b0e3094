# error: E0006 Bool does not implement Describe
# error: E0006 String does not implement Describe
# Each argument whose type fails a bound gets its own E0006, in source order (LANGUAGE.md §5.14,
# §8.1 completeness and order).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String = "int"
end

fn both<A, B>(a :: A, b :: B) -> String where A: Describe, B: Describe do
  a.describe() <> b.describe()
end

fn main() do
  println(both(1, 2))
  println(both(true, "s"))
end
