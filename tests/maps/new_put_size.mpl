fn main() do
  let m0 :: Map<String, Int> = Map.new()
  println("${Map.size(m0)} ${m0}")
  let m1 = Map.put(m0, "one", 1)
  let m2 = Map.put(m1, "two", 2)
  let m3 = Map.put(m2, "three", 3)
  println("${Map.size(m1)} ${Map.size(m2)} ${Map.size(m3)}")
  println("${m0} ${m1} ${m2}")
  println("${m3}")
end
