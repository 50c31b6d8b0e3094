# Materialising an Iter with List.collect, Map.collect, Set.collect and String.collect
# (STDLIB.md §5.11), including the two examples given there verbatim.
fn main() do
  println("${Iter.from([1, 2, 3]) |> Iter.map(fn x -> x * 2 end) |> List.collect()}")
  println("${Iter.from([100, 200, 300]) |> Iter.enumerate() |> Map.collect()}")
  println("${List.collect(Iter.from(1..4) |> Iter.map(fn i -> i * i end))}")
  let lengths = Iter.from(["a", "bb"]) |> Iter.map(fn s -> (s, String.length(s)) end) |> Map.collect()
  println("${lengths} ${Map.get(lengths, "bb")}")
  let dup = Iter.from([("k", 1), ("j", 2), ("k", 3)]) |> Map.collect()
  println("${dup}")
  println("${Iter.from([3, 1, 3]) |> Set.collect()}")
  println(Iter.from(["x", "y", "z"]) |> String.collect())
  let m = %{"k" => 1, "z" => 26}
  let back = Iter.from(m) |> Map.collect()
  println("${back == m}")
  let s = Set.from_list(["p", "q"])
  let back_s = Iter.from(s) |> Set.collect()
  println("${back_s == s} ${back_s}")
  let e :: List<String> = []
  let el = Iter.from(e) |> List.collect()
  let em = Iter.from(e) |> Iter.map(fn x -> (x, 1) end) |> Map.collect()
  let es = Iter.from(e) |> Set.collect()
  println("${el} ${em} ${es} [${Iter.from(e) |> String.collect()}]")
end
