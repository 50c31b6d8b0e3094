# error: E0040 impl `Container` for `Bag` is missing associated type `Item`
# Every associated type must be bound with `type A = U` (LANGUAGE.md §5.14).
# Interpretation: without the binding the method signature is not reported again (E0008), since
# one mistake produces one diagnostic (§5.3 rule 8).
interface Container do
  type Item
  fn items(self) -> List<Self.Item>
end

struct Bag do
  things :: List<String>
end

impl Container for Bag do
  fn items(self) -> List<String> = self.things
end

fn main() do
  println("x")
end
