# Set.union: elements of `a`, then the new elements of `b` in `b`'s order (STDLIB.md §5.7).
fn main() do
  let a = Set.from_list([5, 1, 3])
  let b = Set.from_list([4, 3, 2, 5, 0])
  println("${Set.union(a, b)}")
  println("${Set.union(b, a)}")
  let e :: Set<Int> = Set.new()
  println("${Set.union(a, e)} ${Set.union(e, a)} ${Set.union(e, e)}")
  println("${Set.union(a, a)}")
  println("${a.union(Set.from_list([9]))}")
end
