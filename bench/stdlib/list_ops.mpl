# list_ops: map/filter/reduce/sort over 1,000,000 Ints, a 1,000,000-element list built by
# List.append in a tail-recursive loop, List.reverse, and an order-sensitive checksum.
# (Prepending with `[x] ++ acc` is measured separately in prepend_loop.mpl: it copies.)

fn build_append(i :: Int, n :: Int, acc :: List<Int>) -> List<Int> do
  if i == n do acc else build_append(i + 1, n, List.append(acc, i * 2)) end
end

fn checksum(xs :: List<Int>) -> Int do
  List.reduce(xs, 0, fn acc, x -> (acc * 31 + x) % 1000000007 end)
end

fn main() do
  let n = 1000000
  let xs = for i in 0..n do (i * 7919) % 1000003 end
  let mapped = List.map(xs, fn x -> x * 3 + 1 end)
  let evens = List.filter(mapped, fn x -> x % 2 == 0 end)
  let total = List.reduce(evens, 0, fn acc, x -> acc + x end)
  let sorted = List.sort(xs)
  let appended = build_append(0, n, [])
  let reversed = List.reverse(appended)
  println("list_ops evens=${List.length(evens)} total=${total} sorted=${checksum(sorted)} appended=${checksum(appended)} reversed=${checksum(reversed)} min=${List.head(sorted)} max=${List.last(sorted)}")
end
