# Iter.from accepts a List, Set, Map (yielding (key, value) pairs in insertion order), Range or an
# Iter (returned as is) (STDLIB.md §5.11).
fn main() do
  println("${Iter.from([1, 2, 3]) |> List.collect()}")
  let e :: List<Int> = []
  println("${Iter.from(e) |> List.collect()}")
  println("${Iter.from(Set.from_list(["b", "a", "b"])) |> List.collect()}")
  let pairs = Iter.from(%{"x" => 1, "y" => 2}) |> List.collect()
  println("${pairs} ${pairs.inspect()}")
  println("${Iter.from(2..5) |> List.collect()}")
  println("${Iter.from(Range.new(3, 1)) |> List.collect()}")
  println("${Iter.from(Range.new(-2, 1)) |> List.collect()}")
  # An Iter is returned as is: both names are the same single-pass cursor.
  let it = Iter.from([7, 8])
  let same = Iter.from(it)
  println("${List.collect(same)} ${List.collect(it)}")
  let mapped = Iter.from(%{1 => "one", 2 => "two"}) |> Iter.map(fn p -> Tuple.second(p) end)
  println("${List.collect(mapped)}")
end
