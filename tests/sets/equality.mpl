# Sets are equal when they have the same elements, in any order (LANGUAGE.md §6.5).
fn main() do
  let a = Set.from_list([1, 2, 3])
  let b = Set.from_list([3, 2, 1])
  let c = Set.new() |> Set.add(2) |> Set.add(3) |> Set.add(1) |> Set.add(2)
  println("${a == b} ${b == c} ${a != c}")
  println("${a == Set.from_list([1, 2])} ${a == Set.from_list([1, 2, 3, 4])}")
  println("${Set.remove(a, 3) == Set.from_list([2, 1])}")
  let e1 :: Set<Int> = Set.new()
  println("${e1 == Set.difference(a, b)}")
  println("${[a] == [b]} ${(a, 1) == (c, 1)}")
  let sa = "${a}"
  let sb = "${b}"
  println("${sa} ${sb} ${sa == sb}")
end
