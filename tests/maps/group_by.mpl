fn group(words :: List<String>) -> Map<String, List<String>> do
  List.reduce(words, Map.new(), fn(acc, w) do
    let key = String.slice(w, 0, 1)
    Map.put(acc, key, Map.get(acc, key) ++ [w])
  end)
end

fn main() do
  let g = group(["apple", "bean", "avocado", "cherry", "banana", "apricot"])
  println("${g}")
  println("${g["a"]} ${g["z"]}")
  println("${Map.keys(g)}")
end
