struct Point do
  x :: Int
  y :: Int
end

struct Line do
  p1 :: Point
  p2 :: Point
end

fn length_sq(l :: Line) -> Int do
  let dx = l.p2.x - l.p1.x
  let dy = l.p2.y - l.p1.y
  dx * dx + dy * dy
end

fn main() do
  let l = Line { p1: Point { x: 0, y: 0 }, p2: Point { x: 3, y: 4 } }
  println("${length_sq(l)}")
  println("${l}")
  println(l.inspect())
  let shifted = %{l | p2: %{l.p2 | x: 6}}
  println("${shifted.p2.x} ${l.p2.x} ${length_sq(shifted)}")
end
