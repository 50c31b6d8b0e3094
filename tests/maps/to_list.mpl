fn main() do
  let m = %{"b" => 2, "a" => 1}
  println("${Map.to_list(m)}")
  println(Map.to_list(m).inspect())
  let e :: Map<Int, Int> = Map.new()
  println("${Map.to_list(e)}")
  let products = for (k, v) in Map.to_list(%{1 => 10, 2 => 20, 3 => 30}) do k * v end
  println("${products}")
  let m2 = Map.put(Map.put(m, "c", 3), "b", 22)
  println("${m2.to_list()}")
end
