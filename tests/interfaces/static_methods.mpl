# A method without `self` is static and is called through the implementing type: `Cat.type_name()`,
# `Point.origin()`, `Int.origin()` (LANGUAGE.md §5.14, §5.15: members defined by impls of a type
# take precedence over the library module of the same name).
interface Named do
  fn type_name() -> String
  fn describe(self) -> String
end

struct Cat do
  name :: String
end

impl Named for Cat do
  fn type_name() -> String = "Cat"
  fn describe(self) -> String = Cat.type_name() <> " " <> self.name
end

interface Origin do
  fn origin() -> Self
end

struct Point do
  x :: Int
  y :: Int
end

impl Origin for Point do
  fn origin() -> Point = Point { x: 0, y: 0 }
end

impl Origin for Int do
  fn origin() -> Int = 100
end

fn main() do
  println(Cat.type_name())
  println(Cat { name: "Tom" }.describe())
  let p = Point.origin()
  println("${p.x},${p.y}")
  println("${Int.origin() + 1}")
end
