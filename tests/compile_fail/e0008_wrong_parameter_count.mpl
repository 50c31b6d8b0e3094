# error: E0008 method combine in impl Combine has wrong signature: expected Fun(Point, Point) -> Point, found Fun(Point) -> Point
# The parameter count must equal the interface's (LANGUAGE.md §5.14).
# Interpretation: a signature is printed as the method's function type, `self` included as the
# first parameter, in the source syntax of §8.1.
interface Combine do
  fn combine(self, other :: Self) -> Self
end

struct Point do
  x :: Int
end

impl Combine for Point do
  fn combine(self) -> Point = self
end

fn main() do
  println("x")
end
