# warning: W0001 unreachable clause (clause 2) of `f/1`
fn f(0) = "a"
fn f(0) = "b"
fn f(_) = "c"

fn main() do
  println(f(0))
end
