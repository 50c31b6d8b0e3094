# error: E0001 expected Int, found Float
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = %{p | x: 1.5}
  println("${q.y}")
end
