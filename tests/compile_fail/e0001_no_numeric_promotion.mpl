# error: E0001 expected Float, found Int
fn main() do
  let f :: Float = 1
  println("${f}")
end
