# Maps are equal when they have the same keys with equal values, in any order (LANGUAGE.md §6.5).
fn main() do
  let a = %{"x" => 1, "y" => 2, "z" => 3}
  let b = %{"z" => 3, "x" => 1, "y" => 2}
  let c = Map.new() |> Map.put("y", 2) |> Map.put("z", 3) |> Map.put("x", 1)
  println("${a == b} ${b == c} ${a != c}")
  println("${a == %{"x" => 1, "y" => 2}} ${a == %{"x" => 1, "y" => 2, "z" => 4}}")
  println("${a == %{"x" => 1, "y" => 2, "w" => 3}}")
  let e1 :: Map<String, Int> = Map.new()
  let e2 :: Map<String, Int> = %{}
  println("${e1 == e2} ${Map.delete(%{"q" => 1}, "q") == e1}")
  let nested1 = %{1 => %{"a" => 1, "b" => 2}}
  let nested2 = %{1 => %{"b" => 2, "a" => 1}}
  println("${nested1 == nested2}")
  println("${[a, b] == [c, a]} ${Some(a) == Some(b)}")
  let sa = "${a}"
  let sb = "${b}"
  println("${sa} ${sb} ${sa == sb}")
  println("${Map.merge(%{"x" => 0}, a) == a} ${Map.from_list([("z", 3), ("y", 2), ("x", 1)]) == a}")
end
