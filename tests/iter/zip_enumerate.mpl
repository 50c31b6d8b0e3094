# Iter.zip stops when either input ends; Iter.enumerate numbers the elements it receives from 0
# (STDLIB.md §5.11); enumerate into Map.collect is the spec's example.
fn main() do
  let a = Iter.from([1, 2, 3, 4])
  let b = Iter.from(["w", "x"])
  println("${Iter.zip(a, b) |> List.collect()}")
  println("${Iter.zip(Iter.from([1]), Iter.from(1..100)) |> List.collect()}")
  let e :: List<Int> = []
  println("${Iter.zip(Iter.from(e), Iter.from(["never"])) |> List.collect()}")
  let labels = Iter.zip(Iter.from(["a", "b"]), Iter.from(10..20)) |> Iter.map(fn ((s, n)) -> "${s}${n}" end)
  println("${List.collect(labels)}")
  println("${Iter.from(["a", "b", "c"]) |> Iter.skip(1) |> Iter.enumerate() |> List.collect()}")
  println("${Iter.from([100, 200, 300]) |> Iter.enumerate() |> Map.collect()}")
  let both = Iter.zip(Iter.from(0..3) |> Iter.enumerate(), Iter.from(["p", "q", "r"]))
  println("${List.collect(both)}")
  let e2 :: List<String> = []
  println("${Iter.from(e2) |> Iter.enumerate() |> List.collect()}")
end
