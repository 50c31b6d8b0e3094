struct Vec2 do
  x :: Float
  y :: Float
end deriving(Eq, Display)

impl Add for Vec2 do
  type Output = Vec2
  fn add(self, other :: Vec2) -> Vec2 do
    Vec2 { x: self.x + other.x, y: self.y + other.y }
  end
end

impl Neg for Vec2 do
  type Output = Vec2
  fn neg(self) -> Vec2 do
    Vec2 { x: -self.x, y: -self.y }
  end
end

fn sum_all<T>(items :: List<T>, zero :: T) -> T where T: Add do
  reduce(items, zero, fn acc, v -> acc + v end)
end

fn main() do
  let a = Vec2 { x: 1.5, y: 2.0 }
  let b = Vec2 { x: 0.5, y: -1.0 }
  println("${a + b}")
  println("${-a}")
  println("${sum_all([a, b, a], Vec2 { x: 0.0, y: 0.0 })}")
  println("${sum_all([1, 2, 3], 0)} ${a + b == Vec2 { x: 2.0, y: 1.0 }}")
end
