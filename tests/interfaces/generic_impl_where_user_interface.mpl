# A user interface implemented for a generic struct with a bound on its parameter; the impl is
# used for nested instantiations and through the bound of a generic function (LANGUAGE.md §5.14).
interface Size do
  fn size(self) -> Int
end

impl Size for String do
  fn size(self) -> Int = String.length(self)
end

impl Size for Int do
  fn size(self) -> Int = 1
end

struct Many<T> do
  items :: List<T>
end

impl Size for Many where T: Size do
  fn size(self) -> Int = List.reduce(self.items, 0, fn acc, x -> acc + x.size() end)
end

fn total_size<T>(xs :: List<T>) -> Int where T: Size do
  List.reduce(xs, 0, fn acc, x -> acc + x.size() end)
end

fn main() do
  let words = Many { items: ["ab", "cde", ""] }
  println("${words.size()}")
  let nested = Many { items: [Many { items: [1, 2, 3] }, Many { items: [4] }] }
  println("${nested.size()}")
  println("${total_size([words, Many { items: ["xyz"] }])}")
  println("${total_size([10, 20])}")
end
