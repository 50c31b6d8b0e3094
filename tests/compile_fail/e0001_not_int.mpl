# error: E0001 expected Bool, found Int
fn main() do
  let b = not 5
  println("${b}")
end
