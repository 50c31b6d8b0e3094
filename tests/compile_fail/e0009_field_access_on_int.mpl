# error: E0009 type Int has no field size
# Field access on a non-struct type is the same error (LANGUAGE.md §5.10).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
fn main() do
  let n = 5
  println("${n.size}")
end
