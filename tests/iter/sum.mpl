# Iter.sum adds Ints (wrapping) or Floats (Beyond); an empty iterator sums to 0 / 0.0, and the
# Float 0.0 displays as `0` (STDLIB.md §5.11, §6.1).
fn main() do
  println("${Iter.from([1, 2, 3]) |> Iter.sum()}")
  let e :: List<Int> = []
  println("${Iter.from(e) |> Iter.sum()}")
  println("${Iter.from(1..101) |> Iter.sum()}")
  println("${Iter.from([9223372036854775807, 1]) |> Iter.sum()}")
  println("${Iter.from([1.5, 2.25]) |> Iter.sum()}")
  println("${Iter.from([0.5, 0.5]) |> Iter.sum()}")
  println("${Iter.from([0.1, 0.2]) |> Iter.sum()}")
  let ef :: List<Float> = []
  let z = Iter.from(ef) |> Iter.sum()
  println("${z} ${z == 0.0} ${z + 1.5}")
  let halves = Iter.from(1..5) |> Iter.map(fn i -> Int.to_float(i) / 2.0 end) |> Iter.sum()
  println("${halves}")
  let lengths = Iter.from(["ab", "cde", ""]) |> Iter.map(fn s -> String.length(s) end) |> Iter.sum()
  println("${lengths}")
end
