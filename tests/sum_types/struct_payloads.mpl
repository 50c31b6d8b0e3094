struct Point do
  x :: Int
  y :: Int
end

type Shape do
  Circle(Point, Int)
  Segment(Point, Point)
end

fn describe(s :: Shape) -> String do
  case s do
    Circle(Point { x: 0, y: 0 }, r) -> "circle at origin r=${r}"
    Circle(c, r) -> "circle at ${c.x},${c.y} r=${r}"
    Segment(a, b) when a == b -> "degenerate segment"
    Segment(Point { x: x1 }, Point { x: x2 }) -> "segment dx=${x2 - x1}"
  end
end

fn main() do
  let o = Point { x: 0, y: 0 }
  println(describe(Circle(o, 2)))
  println(describe(Circle(Point { x: 1, y: 2 }, 3)))
  println(describe(Segment(o, o)))
  println(describe(Segment(o, Point { x: 5, y: 1 })))
  println("${Segment(o, Point { x: 5, y: 1 })}")
end
