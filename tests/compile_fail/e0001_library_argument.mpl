# error: E0001 expected String, found Int
fn main() do
  let n = String.length(5)
  println("${n}")
end
