# error: E0001 expected String, found Int
# `m[k]` is Map.get(m, k) (LANGUAGE.md §3.10), so the index must have the key type.
fn main() do
  let m = %{"a" => 1}
  println("${m[0]}")
end
