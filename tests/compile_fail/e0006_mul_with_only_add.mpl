# error: E0006 Vec2 does not implement Mul
# An Add impl does not provide `*` (LANGUAGE.md §5.5, §5.12).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Vec2 do
  x :: Int
  y :: Int
end deriving(Display)

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 = Vec2 { x: self.x + other.x, y: self.y + other.y }
end

fn main() do
  let v = Vec2 { x: 1, y: 2 }
  println("${v + v}")
  println("${v * v}")
end
