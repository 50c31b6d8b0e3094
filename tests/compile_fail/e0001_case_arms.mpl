# error: E0001 expected String, found Int
fn main() do
  let n = 1
  let r = case n do
    0 -> "zero"
    _ -> 1
  end
  println("${r}")
end
