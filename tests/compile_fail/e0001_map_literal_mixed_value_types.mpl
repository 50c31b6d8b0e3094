# error: E0001 expected Int, found String
# All values of a map literal have one type (LANGUAGE.md §5.5).
fn main() do
  let m = %{"a" => 1, "b" => "two"}
  println("${m}")
end
