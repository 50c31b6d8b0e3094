# `From` with a generic source type (`From<List<Int>>`), called as `Stats.from(…)` and through
# `into` with a `let` annotation (LANGUAGE.md §5.10 static trait methods, §5.16).
struct Stats do
  count :: Int
  total :: Int
end deriving(Display)

impl From<List<Int>> for Stats do
  fn from(xs :: List<Int>) -> Stats do
    Stats { count: List.length(xs), total: List.reduce(xs, 0, fn a, b -> a + b end) }
  end
end

struct Wrapper do
  inner :: Int
end deriving(Display)

impl From<Int> for Wrapper do
  fn from(n :: Int) -> Wrapper = Wrapper { inner: n * 2 }
end

fn main() do
  println("${Stats.from([3, 4, 5])}")
  let s :: Stats = [10].into()
  println("${s}")
  println("${Wrapper.from(21)}")
end
