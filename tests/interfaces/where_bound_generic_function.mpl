# `where T: Describe` gives the bounded parameter the interface's methods; a bounded generic
# function may call another one with the same bound, also from inside a closure (LANGUAGE.md
# §5.3 rule 4, §5.14).
interface Describe do
  fn describe(self) -> String
end

struct Point do
  x :: Int
  y :: Int
end

impl Describe for Point do
  fn describe(self) -> String = "point at ${self.x}/${self.y}"
end

impl Describe for Bool do
  fn describe(self) -> String = if self do "on" else "off" end
end

fn describe_twice<T>(x :: T) -> String where T: Describe do
  x.describe() <> " | " <> x.describe()
end

fn describe_all<T>(xs :: List<T>) -> String where T: Describe do
  String.join(List.map(xs, fn x -> describe_twice(x) end), ", ")
end

fn main() do
  println(describe_twice(Point { x: 1, y: 2 }))
  println(describe_all([true, false]))
  println(describe_all([Point { x: 0, y: 0 }]))
  let none :: List<Bool> = []
  println("[" <> describe_all(none) <> "]")
end
