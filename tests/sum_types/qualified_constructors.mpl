type Shape do
  Circle(Float)
  Square(Float)
  Dot
end

fn area(s :: Shape) -> Float do
  case s do
    Shape.Circle(r) -> 3.0 * r * r
    Shape.Square(a) -> a * a
    Shape.Dot -> 0.0
  end
end

fn main() do
  let a = Shape.Circle(2.0)
  let b = Square(3.0)
  println("${area(a)} ${area(b)} ${area(Shape.Dot)}")
  println("${Shape.Square(3.0) == b} ${Shape.Dot == Dot}")
  println("${Shape.Circle(1.0)} ${[Shape.Circle(2.5), Circle(0.5)]}")
end
