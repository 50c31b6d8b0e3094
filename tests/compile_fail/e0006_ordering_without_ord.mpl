# error: E0006 Point does not implement Ord
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
end deriving(Eq, Debug)

fn main() do
  let a = Point { x: 1 }
  let b = Point { x: 2 }
  println("${a < b}")
end
