fn main() do
  let pairs = for i in 0..5 do (i, i * i) end
  let squares = Map.from_list(pairs)
  println("${squares}")
  println("${Map.get(squares, 3)} ${squares[4]} ${Map.get(squares, 10)}")
  let extremes = %{-1 => "minus one", 0 => "zero", 9223372036854775807 => "max"}
  println("${extremes}")
  println(extremes[9223372036854775807])
  println("${Map.has_key(extremes, -1)} ${Map.has_key(extremes, 1)}")
  let computed = Map.put(Map.new(), 2 + 3, "five")
  println("${Map.get(computed, 5)} ${Map.has_key(computed, 10 / 2)}")
end
