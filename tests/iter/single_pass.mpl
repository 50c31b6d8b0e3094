# An Iter is a single-pass cursor (STDLIB.md §1.2, §5.11): once consumed by a terminal function, a
# collect, a `for` loop or a combinator built on it, pulling from it again yields nothing.
fn main() do
  let it = Iter.from([1, 2, 3])
  println("${List.collect(it)}")
  println("${List.collect(it)}")
  let source = Iter.from([4, 5])
  let doubled = Iter.map(source, fn x -> x * 2 end)
  println("${Iter.count(doubled)}")
  println("${List.collect(source)} ${List.collect(doubled)}")
  let words = Iter.from(["a", "b"])
  for s in words do
    println(s)
  end
  println("${Iter.count(words)}")
  let once = Iter.from([9])
  println("${once.next()} ${once.next()} ${once.next()}")
  let summed = Iter.from(1..4)
  println("${Iter.sum(summed)} ${Iter.sum(summed)}")
  let counted = Iter.from(%{"k" => 1})
  println("${Iter.count(counted)} ${Map.collect(counted)}")
  # A list is not consumed: a fresh Iter over it starts again.
  let xs = [1, 2]
  let a = Iter.from(xs) |> List.collect()
  let b = Iter.from(xs) |> List.collect()
  println("${a} ${b} ${xs}")
end
