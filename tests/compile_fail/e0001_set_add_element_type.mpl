# error: E0001 expected Int, found String
fn main() do
  let s = Set.from_list([1, 2])
  let t = Set.add(s, "three")
  println("${t}")
end
