# error: E0030 no method `inspect` on type `Point`
# An explicit deriving clause derives exactly the listed traits (LANGUAGE.md §5.13).
struct Point do
  x :: Int
end deriving(Display)

fn main() do
  let p = Point { x: 1 }
  println(p.inspect())
end
