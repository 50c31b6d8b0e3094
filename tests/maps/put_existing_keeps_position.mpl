# Map.put on an existing key keeps its position and takes the new value; a new key goes at the
# end (STDLIB.md §5.6).
fn main() do
  let m = %{"a" => 1, "b" => 2, "c" => 3}
  let m2 = Map.put(m, "a", 10)
  println("${m2}")
  let m3 = Map.put(m2, "b", 20)
  println("${m3}")
  let m4 = Map.put(m3, "d", 4)
  let m5 = Map.put(m4, "c", 30)
  println("${m5}")
  println("${Map.size(m5)}")
  println("${m}")
  let same = Map.put(m, "b", 2)
  println("${same} ${same == m}")
end
