# Methods not declared by the interface are allowed in an impl and are called with method syntax
# like the interface's own methods (LANGUAGE.md §5.14, Compatibility).
interface Area do
  fn area(self) -> Int
end

struct Rect do
  w :: Int
  h :: Int
end

impl Area for Rect do
  fn area(self) -> Int = self.w * self.h
  fn perimeter(self) -> Int = 2 * (self.w + self.h)
  fn scaled(self, k :: Int) -> Rect = Rect { w: self.w * k, h: self.h * k }
end

fn main() do
  let r = Rect { w: 3, h: 4 }
  println("${r.area()} ${r.perimeter()}")
  let big = r.scaled(10)
  println("${big.area()} ${big.perimeter()}")
end
