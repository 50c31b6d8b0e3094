# warning: E0012 non-exhaustive match on `Int`
# Interpretation: for a one-parameter clause group the type in the message is the parameter type, not a 1-tuple.
fn name(0) = "zero"
fn name(1) = "one"

fn main() do
  println(name(0))
end
