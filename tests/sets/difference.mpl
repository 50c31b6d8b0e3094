# Set.difference: elements of `a` not in `b`, in `a`'s order (STDLIB.md §5.7).
fn main() do
  let a = Set.from_list([1, 2, 3, 4, 5])
  let b = Set.from_list([4, 2, 6])
  println("${Set.difference(a, b)}")
  println("${Set.difference(b, a)}")
  println("${Set.difference(a, a)} ${Set.size(Set.difference(a, a))}")
  let e :: Set<Int> = Set.new()
  println("${Set.difference(a, e)} ${Set.difference(e, a)}")
  println("${a.difference(Set.from_list([5, 1]))}")
end
