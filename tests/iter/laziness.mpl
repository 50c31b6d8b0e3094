# Iter combinators are lazy (STDLIB.md §5.11): callbacks run only when an element is pulled, once
# per element, so their output interleaves with the consumer's; `take(0)` pulls nothing; `find`,
# `any` and `all` stop at the deciding element.
# Interpretation: `take(n)` stops pulling once it has yielded `n` elements ("at most `n`
# elements"; callbacks run only when an element is pulled), so `saw 3` is never printed.
fn main() do
  let loud = fn x do
    println("map ${x}")
    x * 10
  end
  let it = Iter.from([1, 2, 3]) |> Iter.map(loud)
  println("built")
  for y in it do
    println("got ${y}")
  end
  let never = fn x do
    println("never ${x}")
    x
  end
  let none = Iter.from([1, 2, 3]) |> Iter.map(never) |> Iter.take(0)
  println("${List.collect(none)}")
  let square = fn x do
    println("m${x}")
    x * x
  end
  let even = fn x do
    println("f${x}")
    x % 2 == 0
  end
  let chain = Iter.from([1, 2, 3, 4, 5]) |> Iter.map(square) |> Iter.filter(even)
  println("chain built")
  println("${Iter.find(chain, fn x -> x > 5 end)}")
  let seen = fn x do
    println("saw ${x}")
    x
  end
  println("${Iter.from([1, 5, 2, 8]) |> Iter.map(seen) |> Iter.any(fn x -> x > 4 end)}")
  println("${Iter.from([3, 0, 7]) |> Iter.map(seen) |> Iter.all(fn x -> x > 0 end)}")
  let first_two = Iter.from([1, 2, 3, 4]) |> Iter.map(seen) |> Iter.take(2)
  println("${List.collect(first_two)}")
end
