# 100 000 entries: lookup, put and delete must not be linear in the size (STDLIB.md §5.6).
fn build(i :: Int, n :: Int, m :: Map<Int, Int>) -> Map<Int, Int> do
  if i == n do m else build(i + 1, n, Map.put(m, i, i * 2)) end
end

fn remove_evens(i :: Int, n :: Int, m :: Map<Int, Int>) -> Map<Int, Int> do
  if i >= n do m else remove_evens(i + 2, n, Map.delete(m, i)) end
end

fn main() do
  let m = build(0, 100000, Map.new())
  println("${Map.size(m)} ${Map.get(m, 99999)} ${Map.get(m, 100000)}")
  let total = List.reduce(Map.values(m), 0, fn a, b -> a + b end)
  println("${total}")
  let odd = remove_evens(0, 100000, m)
  println("${Map.size(odd)} ${List.take(Map.keys(odd), 3)} ${Map.has_key(odd, 500)}")
  let again = Map.put(odd, 0, -1)
  println("${List.last(Map.keys(again))} ${List.head(Map.keys(again))} ${Map.size(m)}")
end
