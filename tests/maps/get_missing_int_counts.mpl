# Map.get on a missing key gives the value type's Default; programs count with
# `Map.get(m, k) + 1` and rely on 0 (STDLIB.md §5.6, Compatibility).
fn count(words :: List<String>) -> Map<String, Int> do
  List.reduce(words, Map.new(), fn acc, w -> Map.put(acc, w, Map.get(acc, w) + 1) end)
end

fn main() do
  let counts = count(["a", "b", "a", "c", "b", "a"])
  println("${counts}")
  println("${Map.get(counts, "zzz")}")
  let m = %{"k" => 5}
  println("${Map.get(m, "missing") + 1}")
  println("${Map.size(m)} ${Map.has_key(m, "missing")}")
end
