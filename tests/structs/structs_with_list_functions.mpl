struct Item do
  name :: String
  price :: Int
end

fn main() do
  let items = [Item { name: "pen", price: 2 }, Item { name: "book", price: 12 }, Item { name: "bag", price: 30 }]
  let cheap = List.filter(items, fn i -> i.price < 20 end)
  println("${List.map(cheap, fn i -> i.name end)}")
  let total = List.reduce(items, 0, fn acc, i -> acc + i.price end)
  println("${total}")
  let discounted = List.map(items, fn i -> %{i | price: i.price / 2} end)
  println("${discounted}")
  println("${List.contains(items, Item { name: "book", price: 12 })} ${List.contains(discounted, Item { name: "book", price: 12 })}")
end
