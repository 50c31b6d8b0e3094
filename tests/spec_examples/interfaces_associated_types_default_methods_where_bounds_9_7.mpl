interface Container do
  type Item
  fn items(self) -> List<Self.Item>
  fn size(self) -> Int do
    List.length(self.items())
  end
end

struct Bag do
  things :: List<String>
end

impl Container for Bag do
  type Item = String
  fn items(self) -> List<String> do
    self.things
  end
end

interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String do
    if self < 0 do "minus ${-self}" else "plus ${self}" end
  end
end

fn show_all<T>(xs :: List<T>) -> List<String> where T: Describe do
  List.map(xs, fn x -> x.describe() end)
end

fn main() do
  let bag = Bag { things: ["apple", "pear"] }
  println("${bag.size()} items: ${bag.items()}")
  println("${show_all([3, -4])}")
  println(7.describe())
end
