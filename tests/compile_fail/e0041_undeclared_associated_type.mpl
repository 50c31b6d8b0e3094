# error: E0041 impl `Describe` for `Point` provides associated type `Item` which is not declared by the trait
# An impl may not bind associated types the interface does not declare (LANGUAGE.md §5.14).
interface Describe do
  fn describe(self) -> String
end

struct Point do
  x :: Int
end

impl Describe for Point do
  type Item = Int
  fn describe(self) -> String = "point"
end

fn main() do
  println(Point { x: 1 }.describe())
end
