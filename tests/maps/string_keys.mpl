# String keys compare by content however the string was built (STDLIB.md §1.2, §5.6).
fn main() do
  let m = %{"hello" => 1, "héllo" => 2, "" => 3}
  let k = "hel" <> "lo"
  println("${Map.get(m, k)}")
  let part = "llo"
  println("${Map.get(m, "hé${part}")}")
  println("${Map.get(m, String.slice("xhellox", 1, 6))}")
  println("${Map.get(m, "")} ${Map.has_key(m, " ")}")
  let m2 = Map.put(m, "hel" <> "lo", 100)
  println("${m2}")
  println("${Map.size(m2)}")
  println("${Map.has_key(m, "Hello")}")
end
