# error: E0001 expected Int, found Option<Int>
fn main() do
  let n :: Int = String.to_int("5")
  println("${n}")
end
