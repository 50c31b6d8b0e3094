# `for x in it do … end` over an Iter binds each element (LANGUAGE.md §5.9); the loop is a
# comprehension (a list of the body values) with filters, tuple patterns and `break`.
fn main() do
  for x in Iter.from([1, 2, 3]) |> Iter.map(fn x -> x * 10 end) do
    println("${x}")
  end
  let squares = for x in Iter.from(1..5) when x % 2 == 1 do x * x end
  println("${squares}")
  let tagged = for (i, s) in Iter.from(["a", "b"]) |> Iter.enumerate() do "${i}:${s}" end
  println("${tagged}")
  let firsts = for x in Iter.from(0..100) do
    if x == 3 do
      break
    end
    x
  end
  println("${firsts}")
  let odd_only = for x in Iter.from([1, 2, 3, 4]) do
    if x % 2 == 0 do
      continue
    end
    x
  end
  println("${odd_only}")
  let entries = for (k, v) in Iter.from(%{"one" => 1, "two" => 2}) do "${k}=${v}" end
  println("${entries}")
  let e :: List<Int> = []
  println("${for x in Iter.from(e) do x end}")
  let nested = for r in Iter.from(0..2) do
    for c in Iter.from(0..3) do r * 3 + c end
  end
  println("${nested}")
end
