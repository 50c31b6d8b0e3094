# error: E0001 expected Int, found String
fn main() do
  let v = if true do 1 else "one" end
  println("${v}")
end
