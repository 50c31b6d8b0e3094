struct Point do
  x :: Int
  y :: Int
end deriving(Display)

struct User do
  name :: String
  age :: Int
end deriving(Display)

fn main() do
  let p = Point { x: 1, y: -2 }
  println("${p}")
  println(p.to_string())
  println("${User { name: "Ada", age: 36 }}")
  println("${[p, p]}")
end
