# error: E0001 expected Int, found String
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: "one", y: 2 }
  println("${p.y}")
end
