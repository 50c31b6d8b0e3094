fn main() do
  let t = (1, "two", 3.5)
  println("${Tuple.first(t)} ${Tuple.second(t)} ${Tuple.nth(t, 2)} ${Tuple.size(t)}")
  let pairs = [(1, "a"), (2, "b")]
  println("${List.map(pairs, fn p -> Tuple.second(p) end)}")
end
