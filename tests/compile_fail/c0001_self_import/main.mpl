# error: C0001 Module 'Helper' cannot import itself
fn main() do
  println("x")
end
