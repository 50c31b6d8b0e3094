# error: E0009 field x specified more than once
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, x: 2, y: 3 }
  println("${p.y}")
end
