# `<` and `==` on an unbounded type parameter add implicit Ord / Eq bounds (LANGUAGE.md §5.3
# rule 4); at the calls they are satisfied by user impls, whose `eq`/`lt` are used (§6.5).
struct Weight do
  grams :: Int
end deriving(Display)

impl Eq for Weight do
  fn eq(self, other :: Weight) -> Bool = self.grams / 1000 == other.grams / 1000
end

impl Ord for Weight do
  fn lt(self, other :: Weight) -> Bool = self.grams / 1000 < other.grams / 1000
end

fn max_of<T>(a :: T, b :: T) -> T do
  if a < b do b else a end
end

fn same<T>(a :: T, b :: T) -> String do
  if a == b do "same" else "different" end
end

fn main() do
  let a = Weight { grams: 1500 }
  let b = Weight { grams: 1900 }
  let c = Weight { grams: 2100 }
  println("${max_of(a, c)} ${max_of(b, a)}")
  println("${same(a, b)} ${same(a, c)}")
  println("${compare(a, b)} ${compare(c, b)}")
end
