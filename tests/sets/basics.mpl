fn main() do
  let s0 :: Set<Int> = Set.new()
  println("${s0} ${Set.size(s0)}")
  let s = Set.new() |> Set.add(1) |> Set.add(2) |> Set.add(3)
  println("${s} ${Set.size(s)}")
  println("${Set.contains(s, 2)} ${Set.contains(s, 4)} ${Set.contains(s0, 1)}")
  let t = Set.add(s, 0)
  println("${t} ${s} ${s0}")
  println(s.to_string())
end
