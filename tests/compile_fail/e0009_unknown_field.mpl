# error: E0009 unknown field z in struct Point
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2, z: 3 }
  println("${p.x}")
end
