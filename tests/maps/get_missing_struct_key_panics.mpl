# A sum type without Default as the value type; the struct key is shown in Debug form.
struct Key do
  id :: Int
  name :: String
end

type Color do
  Red
  Green
end

fn main() do
  let m = %{Key { id: 1, name: "a" } => Red}
  println("${m[Key { id: 1, name: "a" }]}")
  println("${Map.get(m, Key { id: 7, name: "x" })}")
  println("unreachable")
end
