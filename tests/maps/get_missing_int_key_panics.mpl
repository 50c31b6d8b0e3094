struct Point do
  x :: Int
end

fn main() do
  let points = %{1 => Point { x: 10 }}
  println("${Map.get(points, 1).x}")
  println("${Map.get(points, -42).x}")
  println("unreachable")
end
