struct Pt do
  x :: Int
  y :: Int
end

fn main() do
  let visited = Set.new() |> Set.add((0, 0)) |> Set.add((0, 1)) |> Set.add((0, 0))
  println("${visited} ${Set.size(visited)}")
  println("${Set.contains(visited, (0, 1))} ${Set.contains(visited, (1, 0))}")
  let pts = Set.from_list([Pt { x: 1, y: 1 }, Pt { x: 2, y: 2 }, Pt { x: 1, y: 1 }])
  println("${Set.size(pts)} ${Set.contains(pts, Pt { x: 2, y: 2 })} ${Set.contains(pts, Pt { x: 2, y: 1 })}")
  println("${pts}")
  println(pts.inspect())
end
