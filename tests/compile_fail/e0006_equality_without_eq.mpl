# error: E0006 Point does not implement Eq
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
end deriving(Display)

fn main() do
  let a = Point { x: 1 }
  println("${a == a}")
end
