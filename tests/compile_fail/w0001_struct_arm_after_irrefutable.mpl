# warning: W0001 redundant match arm (arm 2)
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 0, y: 0 }
  let s = case p do
    Point { x: _ } -> "any"
    Point { x: 0, y: 0 } -> "origin"
  end
  println(s)
end
