# error: E0001 expected String, found Int
fn main() do
  let m = %{"a" => 1}
  println("${Map.get(m, 1)}")
end
