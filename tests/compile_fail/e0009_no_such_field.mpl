# error: E0009 type Point has no field z
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  println("${p.z}")
end
