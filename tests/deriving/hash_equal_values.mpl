struct Key do
  id :: Int
  name :: String
end deriving(Eq, Hash, Debug)

type Coin do
  One
  Two(Int)
end deriving(Eq, Hash)

fn main() do
  let a = Key { id: 1, name: "a" }
  let b = %{a | name: "a"}
  println("${a == b} ${a.hash() == b.hash()}")
  let x = Two(5)
  let y = Two(2 + 3)
  println("${x == y} ${x.hash() == y.hash()} ${One.hash() == One.hash()}")
end
