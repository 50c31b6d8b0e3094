# error: E0030 no method `[]` on type `Set<Int>`
# Indexing is defined for List and Map only; any other receiver is E0030 for the method `[]`
# (LANGUAGE.md §3.10).
fn main() do
  let s = Set.from_list([1, 2])
  println("${s[0]}")
end
