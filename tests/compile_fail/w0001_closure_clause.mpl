# warning: W0001 redundant match arm (arm 2)
# Interpretation: E0022 applies to named functions only; a closure clause after a catch-all is W0001 (§8.4 "closure clauses").
fn main() do
  let f = fn _ -> 1 | 0 -> 2 end
  println("${f(0)}")
end
