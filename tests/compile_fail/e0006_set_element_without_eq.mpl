# error: E0006 Token does not implement Eq
# Set elements need Eq and Hash (STDLIB.md §2, §5.7); this struct derives only Hash.
# Interpretation: spelled as in the §8.4 catalogue (no backticks); the bound of Set.add is a
# where-bound checked at the argument (LANGUAGE.md §8.4 E0006).
struct Token do
  id :: Int
end deriving(Hash)

fn main() do
  let s = Set.add(Set.new(), Token { id: 1 })
  println("built")
end
