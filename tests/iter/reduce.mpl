# Iter.reduce is a left fold whose accumulator type may differ from the element type (STDLIB.md
# §5.11, Beyond): Int from Strings, String from Ints, a Map, a List and a tuple.
fn bounds(acc :: (Int, Int), x :: Int) -> (Int, Int) do
  let (lo, hi) = acc
  (Math.min(lo, x), Math.max(hi, x))
end

fn main() do
  let total_len = Iter.reduce(Iter.from(["a", "bb", "ccc"]), 0, fn acc, w -> acc + String.length(w) end)
  println("${total_len}")
  let joined = Iter.from([1, 2, 3]) |> Iter.reduce("", fn acc, n -> acc <> "${n};" end)
  println(joined)
  let counts = Iter.from(["x", "y", "x"]) |> Iter.reduce(%{}, fn m, k -> Map.put(m, k, Map.get(m, k) + 1) end)
  println("${counts}")
  let reversed = Iter.reduce(Iter.from([1, 2, 3]), [], fn acc, x -> [x] ++ acc end)
  println("${reversed}")
  println("${Iter.from([4, 9, 1]) |> Iter.reduce((100, -100), bounds)}")
  println("${Iter.reduce(Iter.from([1, 2, 3]), 0, fn acc, x -> acc * 10 + x end)}")
  let e :: List<Int> = []
  println("${Iter.reduce(Iter.from(e), 42, fn a, x -> a + x end)}")
  let avg_parts = Iter.from([1.5, 2.5]) |> Iter.reduce((0.0, 0), fn acc, x -> (Tuple.first(acc) + x, Tuple.second(acc) + 1) end)
  println("${avg_parts}")
end
