# error: E0006 Fun(Int) -> Int does not implement Eq
# Without a clause a function field silently drops the default derives; an explicit Eq derive
# requires every field type to implement Eq (LANGUAGE.md §5.13).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Handler do
  run :: Fun(Int) -> Int
end deriving(Eq)

fn main() do
  println("handler")
end
