# error: E0008 method same in impl Same has wrong signature: expected Fun(Point, Point) -> Bool, found Fun(Point, Int) -> Bool
# A parameter typed `Self` in the interface must be the implementing type in the impl
# (LANGUAGE.md §5.14).
# Interpretation: a signature is printed as the method's function type, `self` included as the
# first parameter, in the source syntax of §8.1.
interface Same do
  fn same(self, other :: Self) -> Bool
end

struct Point do
  x :: Int
end

impl Same for Point do
  fn same(self, other :: Int) -> Bool = self.x == other
end

fn main() do
  println("x")
end
