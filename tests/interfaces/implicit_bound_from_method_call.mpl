# A method call on a type parameter without a `where` bound: the unique interface declaring the
# method becomes an implicit bound (LANGUAGE.md §5.3 rule 4, §5.15), checked at every call.
interface Weigh do
  fn weight(self) -> Int
end

struct Crate do
  kg :: Int
end

impl Weigh for Crate do
  fn weight(self) -> Int = self.kg
end

impl Weigh for String do
  fn weight(self) -> Int = String.length(self)
end

fn heavier<T>(a :: T, b :: T) -> T do
  if a.weight() >= b.weight() do a else b end
end

fn total<T>(xs :: List<T>) -> Int do
  List.reduce(xs, 0, fn acc, x -> acc + x.weight() end)
end

fn main() do
  println("${heavier(Crate { kg: 3 }, Crate { kg: 5 }).kg}")
  println(heavier("abc", "de"))
  println("${total(["a", "bb", "ccc"])} ${total([Crate { kg: 7 }, Crate { kg: 8 }])}")
end
