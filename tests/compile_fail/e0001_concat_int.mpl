# error: E0001 expected String or List, found Int
fn main() do
  let s = 1 <> 2
  println("${s}")
end
