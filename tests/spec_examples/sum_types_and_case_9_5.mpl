type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Empty
end deriving(Eq, Display)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Empty -> 0.0
  end
end

fn main() do
  let shapes = [Circle(1.5), Rect(2.0, 4.5), Empty]
  for s in shapes do
    println("${s}: ${area(s)}")
  end
  let big = List.filter(shapes, fn s -> area(s) > 5.0 end)
  println("big: ${big}")
  println("${Shape.Empty == Empty}")
end
