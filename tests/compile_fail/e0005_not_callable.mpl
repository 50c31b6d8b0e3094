# error: E0005 type Int is not callable
fn main() do
  let x = 5
  println("${x(1)}")
end
