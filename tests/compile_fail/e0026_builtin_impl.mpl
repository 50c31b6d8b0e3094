# error: E0026 duplicate impl: `Add` is already implemented for `Int`
# Int has a built-in Add impl (LANGUAGE.md §5.12).
# Interpretation: built-in impls count as previously defined impls.
impl Add for Int do
  type Output = Int
  fn add(self, other :: Int) -> Int = 0
end

fn main() do
  println("x")
end
