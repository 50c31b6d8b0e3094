# error: E0009 cannot infer the type of this value to access field `x`
# The receiver of `p.x` is still unknown at the end of `get_x` (LANGUAGE.md §5.3 step 5); the
# field name alone does not select `Point`.
struct Point do
  x :: Int
  y :: Int
end

fn get_x(p) = p.x

fn main() do
  println("${Point { x: 1, y: 2 }.x}")
end
