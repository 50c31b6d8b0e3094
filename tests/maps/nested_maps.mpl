fn add_edge(g :: Map<String, Map<String, Int>>, from :: String, to :: String, w :: Int) -> Map<String, Map<String, Int>> do
  Map.put(g, from, Map.put(Map.get(g, from), to, w))
end

fn main() do
  let g = Map.new()
  let g = add_edge(g, "a", "b", 1)
  let g = add_edge(g, "a", "c", 4)
  let g = add_edge(g, "b", "c", 2)
  let g = add_edge(g, "a", "b", 5)
  println("${g}")
  println("${g["a"]["b"]} ${g["b"]["a"]} ${Map.size(g["zz"])}")
  for {from, edges} in g do
    for {to, w} in edges do
      println("${from} -> ${to} (${w})")
    end
  end
end
