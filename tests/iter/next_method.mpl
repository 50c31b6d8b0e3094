# Iter<T> implements Iterator with Item = T: `it.next()` returns Option<T> and advances the cursor
# (STDLIB.md §5.11); the Iter functions are also callable with method syntax (§1.6, Beyond).
fn total(it :: Iter<Int>, acc :: Int) -> Int do
  case it.next() do
    Some(x) -> total(it, acc + x)
    None -> acc
  end
end

fn main() do
  let it = Iter.from(["a", "b", "c"])
  println("${it.next()}")
  println("${List.collect(it)}")
  println("${it.next()}")
  let nums = Iter.from([1, 2, 3, 4])
  let first = nums.next()
  println("${first} ${List.collect(nums)}")
  println("${total(Iter.from(1..11), 0)}")
  let rest = Iter.from([5, 6, 7])
  let skipped = rest.next()
  println("${skipped} ${total(rest, 0)}")
  let n = Iter.from([1, 2, 3, 4]).filter(fn x -> x > 1 end).map(fn x -> x * 3 end).count()
  println("${n}")
  let words = Iter.from(["p", "q"]).enumerate().map(fn ((i, w)) -> "${w}${i}" end)
  println("${words.next()} ${List.collect(words)}")
  let e :: List<Int> = []
  println("${Iter.from(e).next()}")
end
