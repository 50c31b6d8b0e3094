# Set.intersection: elements of `a` also in `b`, in `a`'s order (STDLIB.md §5.7).
fn main() do
  let a = Set.from_list(["d", "a", "c", "b"])
  let b = Set.from_list(["b", "x", "d", "c"])
  println("${Set.intersection(a, b)}")
  println("${Set.intersection(b, a)}")
  let e :: Set<String> = Set.new()
  println("${Set.intersection(a, e)} ${Set.intersection(e, a)}")
  println("${Set.intersection(a, Set.from_list(["q"]))}")
  println("${a.intersection(a) == a} ${a.intersection(a)}")
end
