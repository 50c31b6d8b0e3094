# error: E0022 catch-all clause must be the last clause of function `f/1`
fn f(n) = "any"
fn f(0) = "zero"

fn main() do
  println(f(0))
end
