# A default method calling another default method: when an impl overrides the inner one, the
# outer default uses the override (LANGUAGE.md §5.14).
interface Shape do
  fn area(self) -> Float
  fn label(self) -> String do
    "shape"
  end
  fn summary(self) -> String do
    self.label() <> " with area ${self.area()}"
  end
end

struct Square do
  side :: Float
end

struct Rect do
  w :: Float
  h :: Float
end

impl Shape for Square do
  fn area(self) -> Float = self.side * self.side
  fn label(self) -> String = "square"
end

impl Shape for Rect do
  fn area(self) -> Float = self.w * self.h
end

fn main() do
  println(Square { side: 1.5 }.summary())
  println(Rect { w: 2.0, h: 0.25 }.summary())
  println(Rect { w: 1.0, h: 1.0 }.label())
end
