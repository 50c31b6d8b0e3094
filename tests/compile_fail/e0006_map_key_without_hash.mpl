# error: E0006 Point does not implement Hash
# Map keys need Eq and Hash (LANGUAGE.md §5.5); an explicit deriving clause without Hash leaves
# the struct unhashable.
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Point do
  x :: Int
end deriving(Eq)

fn main() do
  let m = %{Point { x: 1 } => "a"}
  println("built")
end
