fn main() do
  let m = %{true => "yes", false => "no"}
  println("${m}")
  println(m[1 < 2])
  println(m[1 > 2])
  let by_parity = List.reduce([1, 2, 3, 4, 5], Map.new(), fn acc, n -> Map.put(acc, n % 2 == 0, Map.get(acc, n % 2 == 0) + n) end)
  println("${by_parity}")
end
