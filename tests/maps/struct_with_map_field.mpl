struct Inventory do
  owner :: String
  items :: Map<String, Int>
end

fn add(inv :: Inventory, item :: String, n :: Int) -> Inventory do
  %{inv | items: Map.put(inv.items, item, Map.get(inv.items, item) + n)}
end

fn main() do
  let inv = Inventory { owner: "Ann", items: Map.new() }
  let inv2 = inv |> add("apple", 2) |> add("pear", 1) |> add("apple", 3)
  println("${inv2}")
  println(inv2.inspect())
  println("${inv.items} ${inv2.items["apple"]}")
  let same = Inventory { owner: "Ann", items: %{"pear" => 1, "apple" => 5} }
  println("${same == inv2}")
end
