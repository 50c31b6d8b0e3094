# An interface implemented for a sum type; the method matches on `self` (LANGUAGE.md §5.14).
interface Pretty do
  fn pretty(self) -> String
end

type Shape do
  Circle(Float)
  Rect(Float, Float)
  Dot
end

impl Pretty for Shape do
  fn pretty(self) -> String do
    case self do
      Circle(r) -> "circle r=${r}"
      Rect(w, h) -> "rect ${w}x${h}"
      Dot -> "dot"
    end
  end
end

fn main() do
  let shapes = [Circle(2.0), Rect(1.5, 3.0), Dot]
  for s in shapes do
    println(s.pretty())
  end
  println(String.join(List.map(shapes, fn s -> s.pretty() end), "; "))
end
