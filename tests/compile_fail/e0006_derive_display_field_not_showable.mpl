# error: E0006 Inner does not implement Display
# An explicit Display derive needs showable fields (LANGUAGE.md §5.13).
# Interpretation: the message names the field type and the derived trait, spelled as in the §8.4
# catalogue (no backticks).
struct Inner do
  n :: Int
end deriving(Eq)

struct Outer do
  inner :: Inner
end deriving(Display)

fn main() do
  println("outer")
end
