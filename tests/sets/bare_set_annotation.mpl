# A bare `Set` in an annotation means Set<T> with T inferred (STDLIB.md §2, Compatibility).
fn add_all(s :: Set, xs :: List<Int>) -> Set do
  List.reduce(xs, s, fn acc, x -> Set.add(acc, x) end)
end

fn main() do
  let s :: Set = Set.new()
  let t = add_all(s, [2, 2, 1])
  println("${t} ${Set.contains(t, 1)}")
end
