# error: P0001 integer literal out of range
fn main() do
  let a :: String = 1
  let b = 99999999999999999999
  println(undefined_name)
end
