struct Point do
  x :: Int
end

fn main() do
  let m = %{"a" => 1}
  println("${Map.get_or(m, "a", 99)} ${Map.get_or(m, "b", 99)}")
  let points = %{"origin" => Point { x: 0 }}
  let p = Map.get_or(points, "far", Point { x: 100 })
  println("${p.x} ${Map.get_or(points, "origin", Point { x: 5 }).x}")
  println("${m.get_or("c", -1)}")
  let words = %{1 => "one"}
  println(Map.get_or(words, 2, "many"))
end
