# error: E0025 guard must be Bool, found `Int`
fn main() do
  let xs = for i in 0..3 when i do i end
  println("${xs}")
end
