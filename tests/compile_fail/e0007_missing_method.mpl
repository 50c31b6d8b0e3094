# error: E0007 impl Shape for Square is missing method area
# Every interface method without a default must be implemented; the default `name` need not be
# (LANGUAGE.md §5.14).
interface Shape do
  fn area(self) -> Float
  fn name(self) -> String do
    "shape"
  end
end

struct Square do
  side :: Float
end

impl Shape for Square do
  fn name(self) -> String = "square"
end

fn main() do
  println(Square { side: 1.0 }.name())
end
