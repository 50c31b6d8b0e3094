# Tuple.nth with a computed index outside the tuple panics
# `tuple index <i> out of bounds (size <n>)` (STDLIB.md §5.8, §7.1).
fn main() do
  let t = (1, 2, 3)
  let i = List.length([0, 0, 0, 0, 0])
  println("index ${i}")
  println("${Tuple.nth(t, i)}")
  println("unreachable")
end
