# Map functions return new maps; the argument is unchanged (STDLIB.md §1.2).
fn main() do
  let original = %{"a" => 1, "b" => 2}
  let added = Map.put(original, "c", 3)
  let changed = Map.put(original, "a", 100)
  let removed = Map.delete(original, "a")
  let merged = Map.merge(original, %{"z" => 0})
  println("${original}")
  println("${added} ${changed} ${removed} ${merged}")
  let f = fn -> Map.get(original, "a") end
  let original = Map.put(original, "a", 5)
  println("${f()} ${original["a"]}")
end
