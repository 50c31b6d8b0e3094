# `s.f(args)` is `Set.f(s, args)` for a receiver of type Set (STDLIB.md §1.6).
fn main() do
  let s = Set.from_list([1, 2])
  println("${s.contains(1)} ${s.contains(5)}")
  let t = s.add(3).remove(1)
  println("${t} ${t.size()}")
  println("${t.to_list()} ${s.union(t)} ${s.intersection(t)} ${s.difference(t)}")
  println(t.to_string())
  println(t.inspect())
end
