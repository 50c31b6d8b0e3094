# A nullary variant is a value, so `Green.inspect()` is a method call on it (LANGUAGE.md §5.15:
# "if `Q` is a value in scope, `.x` is a field or method"), not a module member.
type Color do
  Red
  Green
end

type Shape do
  Circle(Float)
  Empty
end deriving(Display)

fn main() do
  println(Green.inspect())
  println(Empty.to_string())
  println(Shape.Empty.to_string() <> " " <> Color.Red.inspect())
end
