# Set.add appends an absent element; adding a present one gives an equal set (STDLIB.md §5.7).
fn main() do
  let s = Set.from_list([3, 1, 2])
  let again = Set.add(s, 1)
  println("${again} ${Set.size(again)} ${again == s}")
  let grown = s |> Set.add(4) |> Set.add(3) |> Set.add(5) |> Set.add(4)
  println("${grown} ${Set.size(grown)}")
end
