# A user `impl Eq` defines `==` for its type and `!=` is its negation (LANGUAGE.md §6.5);
# it is used through a `where T: Eq` bound.
# Interpretation: `==` on `List<Tag>` and `Option<Tag>` compares the elements with Tag's Eq
# (§5.12: the built-in List/Option Eq exists "if T: Eq").
struct Tag do
  name :: String
end deriving(Display)

impl Eq for Tag do
  fn eq(self, other :: Tag) -> Bool = String.to_lower(self.name) == String.to_lower(other.name)
end

fn count_equal<T>(xs :: List<T>, x :: T) -> Int where T: Eq do
  List.length(List.filter(xs, fn y -> y == x end))
end

fn main() do
  let a = Tag { name: "Rust" }
  let b = Tag { name: "RUST" }
  let c = Tag { name: "Mesh" }
  println("${a == b} ${a != b} ${a == c} ${a != c}")
  println("${count_equal([a, b, c, Tag { name: "rust" }], Tag { name: "rUsT" })}")
  println("${a.eq(c)} ${[a, c] == [b, Tag { name: "MESH" }]} ${Some(a) == Some(b)}")
end
