# error: E0006 Point does not implement Display
# An explicit deriving clause without Display or Debug leaves the type not showable (§5.5, §7).
# Interpretation: spelled as in the §8.4 catalogue (`{T} does not implement {Trait}`, no
# backticks; §5.5 writes the type in backticks).
struct Point do
  x :: Int
end deriving(Eq)

fn main() do
  let p = Point { x: 1 }
  println("${p}")
end
