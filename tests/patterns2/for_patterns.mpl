struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let pts = [Point { x: 1, y: 2 }, Point { x: 3, y: 4 }]
  let sums = for Point { x: x, y: y } in pts do x + y end
  println("${sums}")
  let pairs = [(1, "a"), (2, "b")]
  for (n, s) in pairs do
    println("${n}=${s}")
  end
  let nested = for ((a, b), c) in [((1, 2), 3), ((4, 5), 6)] when a > 1 do a * b * c end
  println("${nested}")
end
