# Map.delete keeps the order of the remaining entries; a missing key gives an equal map
# (STDLIB.md §5.6).
fn main() do
  let m = %{"a" => 1, "b" => 2, "c" => 3, "d" => 4}
  let without_b = Map.delete(m, "b")
  println("${without_b}")
  println("${Map.size(without_b)} ${Map.size(m)}")
  let missing = Map.delete(m, "zz")
  println("${missing} ${missing == m}")
  let back = Map.put(without_b, "b", 20)
  println("${back}")
  let all_gone = m |> Map.delete("a") |> Map.delete("b") |> Map.delete("c") |> Map.delete("d")
  println("${all_gone} ${Map.size(all_gone)}")
  println("${m}")
  let e :: Map<String, Int> = Map.new()
  println("${Map.delete(e, "x")}")
  println("${Map.delete(m, "d")} ${Map.delete(m, "a")}")
end
