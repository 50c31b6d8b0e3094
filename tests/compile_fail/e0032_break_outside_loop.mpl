# error: E0032 `break` outside of loop
fn main() do
  println("x")
  break
end
