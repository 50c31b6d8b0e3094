fn count_all<T>(xs :: List<T>) -> Map<T, Int> where T: Eq, T: Hash do
  List.reduce(xs, Map.new(), fn acc, x -> Map.put(acc, x, Map.get(acc, x) + 1) end)
end

fn invert<K, V>(m :: Map<K, V>) -> Map<V, K> where V: Eq, V: Hash do
  Map.from_list(for {k, v} in m do (v, k) end)
end

fn main() do
  println("${count_all([3, 1, 3, 2, 1, 3])}")
  println("${count_all(["x", "y", "x"])}")
  println("${invert(%{"a" => 1, "b" => 2, "c" => 1})}")
end
