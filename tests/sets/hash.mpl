# Set hashes are the wrapping sum of the element hashes (LANGUAGE.md §6.5; values computed by
# hand with 64-bit FNV-1a).
# Interpretation: an empty set hashes to 0, the wrapping sum of no element hashes.
fn main() do
  let e :: Set<Int> = Set.new()
  println("${e.hash()}")
  let s = Set.from_list([1, 2])
  let t = Set.from_list([2, 1])
  println("${s.hash()} ${t.hash()}")
  let u = Set.from_list([1, 2, 3])
  println("${u.hash()} ${u.hash() == Set.add(s, 3).hash()}")
  let a = Set.from_list(["a"])
  println("${a.hash() == "a".hash()} ${a.hash()}")
end
