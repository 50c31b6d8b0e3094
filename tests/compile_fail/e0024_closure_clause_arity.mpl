# error: E0024 all clauses of `fn` must have the same number of parameters; expected 1, found 2
# Interpretation: the clause with the wrong arity causes no follow-up W0001/E0012.
fn main() do
  let f = fn x -> "one" | a, b -> "two" end
  println(f(0))
end
