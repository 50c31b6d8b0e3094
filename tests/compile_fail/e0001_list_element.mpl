# error: E0001 expected Int, found String
fn main() do
  let xs = [1, "two", 3]
  println("${xs}")
end
