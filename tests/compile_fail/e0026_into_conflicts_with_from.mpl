# error: E0026 duplicate impl: `Into<Meters>` is already implemented for `Int`
# Into cannot be implemented directly when a From impl provides the same pair (LANGUAGE.md §5.12).
# Interpretation: the automatic Into impl counts as the first one; the trait is printed with its
# arguments (`Into<Meters>`).
struct Meters do
  value :: Int
end

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters = Meters { value: n }
end

impl Into<Meters> for Int do
  fn into(self) -> Meters = Meters { value: self }
end

fn main() do
  println("x")
end
