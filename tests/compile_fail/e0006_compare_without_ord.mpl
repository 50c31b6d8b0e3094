# error: E0006 Point does not implement Ord
# `compare` requires Ord (LANGUAGE.md §5.4 prelude, §6.5; STDLIB.md §3.1 `where T: Ord`); an
# explicit deriving clause without Ord leaves the type unordered.
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
end deriving(Eq, Display)

fn main() do
  let a = Point { x: 1 }
  println("${compare(a, a)}")
end
