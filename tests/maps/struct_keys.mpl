# Structs deriving Eq and Hash (by default or explicitly) are map keys compared by value.
struct Pos do
  x :: Int
  y :: Int
end

struct Name do
  first :: String
  last :: String
end deriving(Eq, Hash, Display)

fn main() do
  let m = %{Pos { x: 1, y: 2 } => "a", Pos { x: 3, y: 4 } => "b"}
  println(Map.get(m, Pos { x: 1, y: 2 }))
  let p = Pos { x: 3, y: 4 }
  println(m[p])
  println("${Map.has_key(m, Pos { x: 2, y: 1 })}")
  println("${m}")
  println(m.inspect())
  let m2 = Map.put(m, %{p | y: 4}, "B")
  println("${Map.size(m2)} ${m2[p]}")
  let people = %{Name { first: "Ada", last: "Lovelace" } => 1815}
  println("${people}")
  println("${people[Name { first: "Ada", last: "Lovelace" }]} ${people[Name { first: "Ada", last: "Byron" }]}")
end
