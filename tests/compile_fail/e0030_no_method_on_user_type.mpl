# error: E0030 no method `perimeter` on type `Circle`
# An extra impl method belongs to the impl's type only (LANGUAGE.md §5.14, §5.15 step 4).
interface Area do
  fn area(self) -> Int
end

struct Rect do
  w :: Int
  h :: Int
end

struct Circle do
  r :: Int
end

impl Area for Rect do
  fn area(self) -> Int = self.w * self.h
  fn perimeter(self) -> Int = 2 * (self.w + self.h)
end

impl Area for Circle do
  fn area(self) -> Int = 3 * self.r * self.r
end

fn main() do
  let r = Rect { w: 1, h: 2 }
  let c = Circle { r: 1 }
  println("${r.perimeter()} ${c.area()}")
  println("${c.perimeter()}")
end
