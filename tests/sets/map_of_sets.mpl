# A missing key of a Map<K, Set<T>> gives the empty set (STDLIB.md §5.6).
fn tag(m :: Map<String, Set<String>>, item :: String, t :: String) -> Map<String, Set<String>> do
  Map.put(m, item, Set.add(Map.get(m, item), t))
end

fn main() do
  let m = Map.new() |> tag("a", "x") |> tag("b", "y") |> tag("a", "z") |> tag("a", "x")
  println("${m}")
  println("${m["c"]} ${Set.size(m["a"])}")
end
