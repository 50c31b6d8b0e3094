fn main() do
  let prices = %{"apple" => 3, "pear" => 5, "fig" => 7}
  let doubled = Map.from_list(for {k, v} in prices do (k, v * 2) end)
  println("${doubled}")
  let inverted = Map.from_list(for {k, v} in prices do (v, k) end)
  println("${inverted}")
  let ranges = %{"a" => (1, 3), "b" => (10, 12)}
  for {name, (lo, hi)} in ranges do
    println("${name}: ${for i in lo..hi do i end}")
  end
  let cheap = Map.from_list(for {k, v} in prices when v < 6 do (k, v) end)
  println("${cheap}")
end
