# error: E0001 expected String, found Int
fn main() do
  println(42)
end
