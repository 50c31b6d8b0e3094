# error: E0026 duplicate impl: `Display` is already implemented for `Point`
# A derived impl is an impl (LANGUAGE.md §5.13, §5.14), so an explicit impl of the same trait is a
# duplicate.
# Interpretation: the derived impl counts as the first one and the explicit impl is reported.
struct Point do
  x :: Int
end deriving(Eq, Display)

impl Display for Point do
  fn to_string(self) -> String = "p"
end

fn main() do
  println("x")
end
