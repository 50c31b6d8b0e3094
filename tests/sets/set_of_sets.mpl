# Sets are Eq and Hash regardless of order, so they can be set elements and map keys.
fn main() do
  let a = Set.from_list([1, 2])
  let b = Set.from_list([2, 1])
  let c = Set.from_list([3])
  let ss = Set.from_list([a, c, b])
  println("${ss} ${Set.size(ss)}")
  println("${Set.contains(ss, Set.from_list([2, 1]))} ${Set.contains(ss, Set.new())}")
  let keyed = %{a => "pair"}
  println(keyed[b])
end
