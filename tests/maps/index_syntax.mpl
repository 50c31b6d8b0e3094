# `m[k]` on a Map is Map.get (LANGUAGE.md §3.10).
fn main() do
  let m = %{"a" => 1, "b" => 2}
  println("${m["a"]} ${m["b"]} ${m["zz"]}")
  let k = "b"
  println("${m[k] + 10}")
  let nested = %{"outer" => %{"inner" => 42}}
  println("${nested["outer"]["inner"]} ${nested["none"]["inner"]}")
  let lists = %{1 => [10, 20, 30]}
  println("${lists[1][2]}")
  let xs = [%{"n" => 5}]
  println("${xs[0]["n"]}")
  let ints = %{10 => "ten"}
  println("[${ints[11]}]")
  println("${%{"lit" => 7}["lit"]}")
end
