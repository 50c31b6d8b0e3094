# error: E0001 expected String, found Int
# All keys of a map literal have one type (LANGUAGE.md §5.5).
fn main() do
  let m = %{"a" => 1, 2 => 3}
  println("${m}")
end
