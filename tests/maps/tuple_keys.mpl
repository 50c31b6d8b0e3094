fn main() do
  let grid = %{(0, 0) => "origin", (1, 2) => "a", (2, 1) => "b"}
  println("${grid}")
  println(grid[(1, 2)])
  let x = 2
  let y = 1
  println(Map.get(grid, (x, y)))
  println("[${Map.get(grid, (5, 5))}]")
  let moved = Map.put(grid, (1, 1 + 1), "A")
  println("${moved}")
  println(moved.inspect())
  let named = %{("ann", 1) => true}
  println("${Map.has_key(named, ("an" <> "n", 1))} ${Map.has_key(named, ("ann", 2))}")
end
