# The legacy flat aliases list_new … list_nth are the List functions (STDLIB.md §3.3, §5.5).
fn main() do
  let e :: List<Int> = list_new()
  let xs = list_append(list_append(e, 3), 1)
  println("${list_length(e)} ${list_length(xs)} ${xs}")
  println("${list_get(xs, 1)} ${list_head(xs)} ${list_tail(xs)} ${list_last([4, 5, 6])} ${list_nth([4, 5, 6], 0)}")
  println("${list_concat(xs, [9])} ${list_reverse([1, 2, 3])}")
  println("${list_map([1, 2], fn x -> x * 10 end)} ${list_filter([1, 2, 3, 4], fn x -> x % 2 == 0 end)}")
  println("${list_reduce([1, 2, 3], 10, fn acc, x -> acc + x end)}")
  println("${list_sort([3, 1, 2], fn a, b -> a - b end)} ${list_sort([3, 1, 2], fn a, b -> b - a end)}")
  println("${list_find([1, 5, 8], fn x -> x > 4 end)} ${list_find([1], fn x -> x > 4 end)}")
  println("${list_any([1, 2], fn x -> x > 1 end)} ${list_all([1, 2], fn x -> x > 1 end)}")
  println("${list_contains(["a", "b"], "b")} ${list_contains(["a"], "z")}")
  println("${list_zip([1, 2, 3], ["a", "b"])} ${list_enumerate(["p", "q"])}")
  println("${list_flat_map([1, 2], fn x -> [x, x] end)} ${list_flatten([[1], [], [2, 3]])}")
  println("${list_take([1, 2, 3], 2)} ${list_take([1], 5)} ${list_drop([1, 2, 3], 1)} ${list_drop([1], -1)}")
end
