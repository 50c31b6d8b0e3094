fn main() do
  let s = Set.from_list(["a", "b", "c", "d"])
  let r = Set.remove(s, "b")
  println("${r} ${Set.size(r)}")
  let same = Set.remove(s, "zz")
  println("${same} ${same == s}")
  let re = Set.add(r, "b")
  println("${re}")
  let gone = s |> Set.remove("a") |> Set.remove("b") |> Set.remove("c") |> Set.remove("d")
  println("${gone} ${Set.size(gone)} ${Set.contains(gone, "a")}")
  println("${s}")
end
