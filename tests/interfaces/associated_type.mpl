# Associated types: `type Item` in the interface, `Self.Item` in signatures, bound per impl with
# `type Item = …`; impl signatures may spell the type directly or as `Self.Item`
# (LANGUAGE.md §3.5, §5.14). The results have the bound types (Int arithmetic, String functions).
interface Source do
  type Item
  fn first(self) -> Self.Item
  fn all(self) -> List<Self.Item>
end

struct Numbers do
  values :: List<Int>
end

struct Words do
  text :: String
end

impl Source for Numbers do
  type Item = Int
  fn first(self) -> Int = List.head(self.values)
  fn all(self) -> List<Int> = self.values
end

impl Source for Words do
  type Item = String
  fn first(self) -> Self.Item = List.head(self.all())
  fn all(self) -> List<Self.Item> = String.split(self.text, " ")
end

fn main() do
  let n = Numbers { values: [10, 20, 30] }
  let w = Words { text: "alpha beta gamma" }
  println("${n.first() + 1}")
  println(String.to_upper(w.first()))
  println("${List.length(n.all())} ${List.length(w.all())}")
  println("${w.all()}")
end
