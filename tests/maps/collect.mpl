# Map.collect follows the from_list rule; Iter.from on a map yields (key, value) pairs in
# insertion order (STDLIB.md §5.6, §5.11).
fn main() do
  let m = Iter.from([100, 200, 300]) |> Iter.enumerate() |> Map.collect()
  println("${m}")
  let dup = Iter.from([("k", 1), ("j", 2), ("k", 3)]) |> Map.collect()
  println("${dup}")
  let rest = Iter.from(%{"a" => 1, "b" => 2, "c" => 3}) |> Iter.skip(1) |> Map.collect()
  println("${rest}")
end
