fn total(pairs :: List<(String, Int)>) -> Int do
  case pairs do
    [] -> 0
    [(_, n) | rest] -> n + total(rest)
  end
end

fn main() do
  let stock = [("apple", 3), ("pear", 0), ("fig", 12)]
  println("${stock}")
  println(stock.inspect())
  println("${total(stock)}")
  let names = for (name, count) in stock when count > 0 do name end
  println("${names}")
end
