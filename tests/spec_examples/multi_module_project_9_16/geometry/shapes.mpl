pub type Shape do
  Square(Int)
  Circle(Int)
end deriving(Display)

pub fn area(s :: Shape) -> Float do
  case s do
    Square(side) -> Float.from(side * side)
    Circle(r) -> 3.14 * Float.from(r * r)
  end
end

fn secret() = 42
