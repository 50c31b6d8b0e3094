struct Point do
  x :: Float
  y :: Float
end deriving(Display, Debug)

type Shape do
  Circle(Point, Float)
  Poly(List<Point>)
  Label(String?, (Int, String))
end deriving(Display, Debug)

fn main() do
  let c = Circle(Point { x: 0.5, y: 1.0 }, 2.0)
  let p = Poly([Point { x: 1.0, y: 2.0 }, Point { x: -1.5, y: 0.0 }])
  let l = Label(Some("hi"), (3, "three"))
  println("${c}")
  println("${p}")
  println("${l}")
  println(c.inspect())
  println(l.inspect())
end
