struct Point do
  x :: Int
  y :: Int
end

fn quadrant(p :: Point) -> String do
  case p do
    Point { x: 0, y: 0 } -> "origin"
    Point { x: 0 } -> "y axis"
    Point { y: 0 } -> "x axis"
    Point { x: x, y: y } when x > 0 and y > 0 -> "first"
    Point { x: x, y: _ } when x < 0 -> "left"
    _ -> "other"
  end
end

fn main() do
  let pts = [Point { x: 0, y: 0 }, Point { x: 0, y: 7 }, Point { x: -1, y: 0 }, Point { x: 2, y: 2 }, Point { x: -3, y: 5 }, Point { x: 4, y: -4 }]
  for p in pts do
    println(quadrant(p))
  end
end
