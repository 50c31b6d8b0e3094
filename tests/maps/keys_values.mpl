fn main() do
  let m = %{"zeta" => 1, "alpha" => 2, "mid" => 3}
  println("${Map.keys(m)}")
  println("${Map.values(m)}")
  let m2 = m |> Map.put("beta", 4) |> Map.delete("alpha") |> Map.put("zeta", 10)
  println("${m2.keys()}")
  println("${m2.values()}")
  println(Map.keys(m2).inspect())
  let e :: Map<Int, String> = Map.new()
  println("${Map.keys(e)} ${Map.values(e)}")
  println("${List.length(Map.keys(m))}")
end
