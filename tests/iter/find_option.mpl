# Iter.find returns a real Option (STDLIB.md §5.11, Beyond): usable in `case`, with `?`, compared
# with `==` and shown with Display and Debug.
fn describe(xs :: List<Int>) -> String do
  case Iter.find(Iter.from(xs), fn x -> x % 2 == 0 end) do
    Some(n) -> "first even ${n}"
    None -> "no even"
  end
end

fn first_big(xs :: List<Int>) -> Option<Int> do
  let n = Iter.find(Iter.from(xs), fn x -> x > 10 end)?
  Some(n * 2)
end

fn main() do
  println(describe([1, 3, 4, 6]))
  println(describe([1, 3]))
  println(describe([]))
  println("${first_big([1, 20, 30])} ${first_big([1, 2])}")
  let found = Iter.from(["ant", "bee", "cat"]) |> Iter.find(fn s -> String.starts_with(s, "b") end)
  println("${found} ${found == Some("bee")}")
  println(found.inspect())
  let pair = Iter.from(%{"a" => 1, "b" => 2}) |> Iter.find(fn p -> Tuple.second(p) == 2 end)
  case pair do
    Some((k, v)) -> println("key ${k} value ${v}")
    None -> println("none")
  end
end
