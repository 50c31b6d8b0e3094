# String.collect concatenates every string an Iter<String> yields (STDLIB.md §5.1, §5.11).
fn main() do
  println(Iter.from(["a", "b", "c"]) |> String.collect())
  let no_l = String.chars("héllo") |> Iter.from() |> Iter.filter(fn c -> c != "l" end) |> String.collect()
  println(no_l)
  let e :: List<String> = []
  println("[${Iter.from(e) |> String.collect()}]")
  println(Iter.from(1..4) |> Iter.map(fn i -> "${i}," end) |> String.collect())
  let shout = String.split("a-b-c", "-") |> Iter.from() |> Iter.map(fn s -> String.to_upper(s) end) |> String.collect()
  println(shout)
  let it = Iter.from(["x", "", "y z"])
  let once = String.collect(it)
  println("${once} [${String.collect(it)}] ${String.length(once)}")
end
