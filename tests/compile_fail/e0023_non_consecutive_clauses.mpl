# error: E0023 function `f/1` already defined; multi-clause functions must have consecutive clauses
fn f(n) = n + 1
fn g() = 2
fn f(m) = m + 2

fn main() do
  println("${f(1) + g()}")
end
