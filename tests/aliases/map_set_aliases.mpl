# The legacy flat aliases map_new … map_from_list and set_new … set_from_list are the Map and Set
# functions (STDLIB.md §3.3, §5.6, §5.7).
fn main() do
  let m = map_put(map_put(map_new(), "a", 1), "b", 2)
  println("${m} ${map_get(m, "b")} ${map_get(m, "zz")} ${map_has_key(m, "a")} ${map_has_key(m, "c")}")
  println("${map_delete(m, "a")} ${map_size(m)} ${map_keys(m)} ${map_values(m)}")
  println("${map_merge(%{1 => 10, 2 => 20}, %{2 => 200, 3 => 30})}")
  println("${map_to_list(m)} ${map_from_list([("x", 1), ("y", 2), ("x", 3)])}")
  let s = set_add(set_add(set_add(set_new(), 3), 1), 3)
  println("${s} ${set_size(s)} ${set_contains(s, 1)} ${set_contains(s, 2)} ${set_remove(s, 3)}")
  let a = set_from_list([1, 2, 3])
  let b = set_from_list([3, 4, 2])
  println("${set_union(a, b)} ${set_intersection(a, b)} ${set_difference(a, b)}")
  println("${set_to_list(b)}")
end
