# A struct without Default as the value type: a missing key panics with the key in Debug form
# (STDLIB.md §5.6, §7.1).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let points = %{"a" => Point { x: 1, y: 2 }}
  let p = Map.get(points, "a")
  println("found ${p.x}")
  let q = Map.get(points, "k")
  println("unreachable ${q.x}")
end
