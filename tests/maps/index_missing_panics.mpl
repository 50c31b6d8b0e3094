# `m[k]` is Map.get (LANGUAGE.md §3.10): an Ordering value type has no Default, so a missing
# key panics.
fn main() do
  let m = %{"lt" => Less, "gt" => Greater}
  println("${m["gt"]}")
  println("${m["eq"]}")
  println("unreachable")
end
