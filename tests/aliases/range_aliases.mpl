# The legacy flat aliases range_new, range_to_list, range_map, range_filter and range_length are
# the Range functions, with the same typed results (STDLIB.md §3.3, §5.9).
fn main() do
  let r = range_new(1, 5)
  println("${r} ${range_to_list(r)} ${range_length(r)} ${range_length(range_new(5, 1))}")
  println("${range_map(r, fn i -> i * i end)} ${range_filter(r, fn i -> i % 2 == 0 end)}")
  println("${range_map(range_new(0, 2), fn i -> "n${i}" end)} ${range_to_list(range_new(3, 3))}")
end
