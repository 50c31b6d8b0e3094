# error: E0008 method first in impl Source has wrong signature: expected Fun(Bag) -> Int, found Fun(Bag) -> String
# Signatures are compared after substituting the impl's associated types (`Self.Item := Int`)
# (LANGUAGE.md §5.14).
# Interpretation: a signature is printed as the method's function type, `self` included as the
# first parameter, in the source syntax of §8.1.
interface Source do
  type Item
  fn first(self) -> Self.Item
end

struct Bag do
  things :: List<Int>
end

impl Source for Bag do
  type Item = Int
  fn first(self) -> String = "first"
end

fn main() do
  println("x")
end
