# None < Some(_) and Ok(_) < Err(_) (LANGUAGE.md §6.5), then payloads.
fn main() do
  let none :: Int? = None
  println("${none < Some(0)} ${Some(1) < Some(2)} ${Some(5) > none} ${none == None}")
  let ok :: Result<Int, Int> = Ok(100)
  let err :: Result<Int, Int> = Err(0)
  println("${ok < err} ${err > ok} ${ok < Ok(101)} ${compare(err, Err(1))}")
  println("${compare(Some(3), none)} ${compare(none, None)} ${compare(Some("b"), Some("a"))}")
end
