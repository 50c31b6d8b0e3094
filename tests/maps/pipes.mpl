fn main() do
  let m = Map.new()
    |> Map.put("a", 1)
    |> Map.put("b", 2)
    |> Map.put("a", 3)
  println("${m}")
  let n = m |> Map.delete("a") |> Map.merge(%{"c" => 4})
  println("${n}")
  let size = m |> Map.size()
  println("${size}")
  let keys = m |> Map.keys() |> List.reverse()
  println("${keys}")
end
