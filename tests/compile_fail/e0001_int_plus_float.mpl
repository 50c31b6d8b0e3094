# error: E0001 expected Int, found Float
fn main() do
  let y = 1 + 2.0
  println("${y}")
end
