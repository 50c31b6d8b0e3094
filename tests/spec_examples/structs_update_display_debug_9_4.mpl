struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

struct User do
  name :: String
  age :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = %{p | y: 5}
  println("${p} ${q} ${p == q} ${p == Point { x: 1, y: 2 }}")
  println(q.inspect())
  let u = User { name: "Ada", age: 36 }
  println("${u}")
  println(u.inspect())
  let older = %{u | age: u.age + 1}
  println("${older.name} is ${older.age}, was ${u.age}")
end
