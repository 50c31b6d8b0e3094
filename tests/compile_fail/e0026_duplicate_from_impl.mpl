# error: E0026 duplicate impl: `From<Int>` is already implemented for `Meters`
# Two From impls with the same trait argument (LANGUAGE.md §5.14: unifiable trait arguments).
# Interpretation: the trait is printed with its arguments (`From<Int>`).
struct Meters do
  value :: Int
end

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters = Meters { value: n }
end

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters = Meters { value: n * 2 }
end

fn main() do
  println("x")
end
