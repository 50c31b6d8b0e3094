fn main() do
  let s = Iter.from([3, 1, 3, 2]) |> Set.collect()
  println("${s}")
  let fours = Iter.from(0..10) |> Iter.filter(fn x -> x % 4 == 0 end) |> Set.collect()
  println("${fours}")
  let doubled = Iter.from(Set.from_list(["b", "a"])) |> Iter.map(fn x -> x <> x end) |> Set.collect()
  println("${doubled}")
end
