# error: E0001 expected Int, found String
fn main() do
  let x :: Int = "hello"
  println("${x}")
end
