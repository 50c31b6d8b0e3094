# Map.merge: `b` wins; keys of `a` keep their position, keys only in `b` are appended in `b`'s
# order (STDLIB.md §5.6).
fn main() do
  println("${Map.merge(%{1 => 10, 2 => 20}, %{2 => 200, 3 => 30})}")
  let a = %{"x" => 1, "y" => 2, "z" => 3}
  let b = %{"w" => 40, "z" => 30, "v" => 50, "x" => 10}
  println("${Map.merge(a, b)}")
  println("${Map.merge(b, a)}")
  let e :: Map<String, Int> = Map.new()
  println("${Map.merge(a, e)} ${Map.merge(e, a)}")
  println("${a.merge(%{"y" => 0})}")
  println("${a} ${b}")
  println("${Map.size(Map.merge(a, b))}")
end
