# error: E0006 Fun(Int) -> Int does not implement Eq
# Functions implement no trait (LANGUAGE.md §5.12), so a function cannot be a map key, which
# needs Eq and Hash (§5.5).
# Interpretation: the key is one mistake and produces one diagnostic (§5.3 step 8, §8.1): the
# first unmet constraint in the order §5.5 states them ("`K` needs `Eq` and `Hash`"); types print
# in source syntax (§8.1).
fn double(x :: Int) -> Int = x * 2

fn main() do
  let m = %{double => 1}
  println("built")
end
