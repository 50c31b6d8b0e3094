# error: E0003 expected 3 element(s), found 2
# Interpretation: a tuple pattern of the wrong size is E0003 with "element(s)" (§8.4); as for
# constructor patterns, `expected` is the size of the tuple type and `found` that of the pattern.
fn main() do
  let (a, b) = (1, 2, 3)
  println("${a} ${b}")
end
