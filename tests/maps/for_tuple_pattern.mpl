# LANGUAGE.md §5.9: over a Map<K, V>, `{k, v}` / `(k, v)` bind `k : K` and `v : V`, and
# `{p1, p2}` is equivalent to `(p1, p2)`.
# Interpretation: the tuple pattern `(k, v)` destructures the entry, like `{k, v}`; only a
# single non-tuple pattern binds the key alone (Compatibility rule of the same table).
fn main() do
  let ages = %{"ann" => 31, "bob" => 17}
  let pairs = for (name, age) in ages do "${name}=${age}" end
  println("${pairs}")
  let old = for (name, age) in ages when age > 20 do name end
  println("${old}")
  let nested = %{"p" => (1, 2)}
  for (k, (a, b)) in nested do
    println("${k}: ${a + b}")
  end
end
