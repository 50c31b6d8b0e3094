# Set.from_list drops duplicates, the first occurrence keeping its place (STDLIB.md §5.7).
fn main() do
  let s = Set.from_list([3, 1, 3, 2, 1, 4])
  println("${s} ${Set.size(s)}")
  println("${Set.to_list(s)}")
  let e :: Set<String> = Set.from_list([])
  println("${e} ${Set.to_list(e)}")
  let back = Set.from_list(Set.to_list(s))
  println("${back == s} ${back}")
  let words = Set.from_list(String.split("b a b c a", " "))
  println("${words}")
  println("${s.to_list() |> List.reverse()}")
end
