# Map and Set implement Default: the empty collection (LANGUAGE.md §5.12).
fn main() do
  let m :: Map<String, Int> = default()
  println("${m} ${Map.size(m)}")
  let s :: Set<Int> = default()
  println("${s} ${Set.size(s)}")
  let t :: (Map<Int, Int>, Set<String>) = default()
  println("${t}")
end
