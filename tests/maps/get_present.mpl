fn main() do
  let m = %{"x" => 10, "y" => 20}
  println("${Map.get(m, "x")} ${Map.get(m, "y")}")
  let names = %{1 => "one", 2 => "two"}
  println(Map.get(names, 2))
  println(names.get(1))
  let lists = %{"a" => [1, 2]}
  println("${Map.get(lists, "a")}")
end
