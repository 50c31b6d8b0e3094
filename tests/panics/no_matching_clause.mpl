# The clauses of `pick` are not exhaustive (warning E0012); the build still succeeds.
fn pick(0) = "zero"
fn pick(1) = "one"

fn main() do
  println(pick(1))
  println(pick(2))
end
