# error: E0006 Point does not implement Add
# `+` needs an Add impl for the operand type (LANGUAGE.md §5.5).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
end deriving(Display)

fn main() do
  let p = Point { x: 1 }
  println("${p + p}")
end
