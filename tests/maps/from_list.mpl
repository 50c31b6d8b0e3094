# Map.from_list: a repeated key keeps its first position and the last value (STDLIB.md §5.6).
fn main() do
  let m = Map.from_list([("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)])
  println("${m}")
  println("${Map.size(m)}")
  let e :: Map<String, Int> = Map.from_list([])
  println("${e}")
  let ints = Map.from_list([(3, "three"), (1, "one"), (2, "two")])
  println("${ints}")
  let round = Map.from_list(Map.to_list(m))
  println("${round == m} ${round}")
  let pairs = for w in ["x", "y", "x"] do (w, String.length(w <> w)) end
  println("${Map.from_list(pairs)}")
end
