type Size do
  Small
  Large
end deriving(Eq, Ord, Display)

fn largest<T>(xs :: List<T>, start :: T) -> T where T: Ord do
  List.reduce(xs, start, fn best, x -> if x > best do x else best end end)
end

fn main() do
  println("${largest([Small, Large, Small], Small)}")
  println("${largest([3, 9, 2], 0)}")
  println("${largest([(1, "b"), (2, "a"), (1, "z")], (0, ""))}")
end
