type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Tri(Float, Float, Float)
end

fn perimeter(s :: Shape) -> Float do
  case s do
    Circle(r) -> 2.0 * 3.0 * r
    Rect(w, h) -> 2.0 * (w + h)
    Tri(a, b, c) -> a + b + c
  end
end

fn main() do
  let shapes = [Circle(0.5), Rect(1.5, 2.0), Tri(3.0, 4.0, 5.0)]
  println("${List.map(shapes, perimeter)}")
  println("${shapes}")
  println(Rect(1.5, 2.0).inspect())
end
