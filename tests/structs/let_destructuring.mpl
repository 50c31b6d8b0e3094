struct Point do
  x :: Int
  y :: Int
end

struct Named do
  label :: String
  at :: Point
end

fn main() do
  let p = Point { x: 5, y: 6 }
  let Point { x: x, y: y } = p
  println("${x} ${y}")
  let Point { y: only_y } = p
  println("${only_y}")
  let Named { label: l, at: Point { x: ax } } = Named { label: "home", at: Point { x: 1, y: 2 } }
  println("${l} ${ax}")
end
