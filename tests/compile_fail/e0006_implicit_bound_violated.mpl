# error: E0006 String does not implement Add
# `x + x` on an unbounded type parameter adds an implicit Add bound to the function's scheme,
# checked at every call (LANGUAGE.md §5.3 rule 4).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
fn double<T>(x :: T) -> T do
  x + x
end

fn main() do
  println("${double(2)}")
  println(double("ab"))
end
