# The legacy flat aliases tuple_nth, tuple_first, tuple_second and tuple_size are the Tuple
# functions (STDLIB.md §3.3, §5.8).
fn main() do
  let t = (10, 20, 30)
  println("${tuple_first(t)} ${tuple_second(t)} ${tuple_nth(t, 2)} ${tuple_size(t)}")
  println("${tuple_first(("a", 1))} ${tuple_second(("a", 1))} ${tuple_size(("a", 1))}")
  println("${List.map([(1, "x"), (2, "y")], fn p -> tuple_second(p) end)}")
end
