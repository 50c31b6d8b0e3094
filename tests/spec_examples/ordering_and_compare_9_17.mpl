type Priority do
  Low
  Medium
  High
end deriving(Eq, Ord, Display)

fn max_of<T>(a :: T, b :: T) -> T where T: Ord do
  if a > b do a else b end
end

fn main() do
  println("${max_of(Low, High)} ${max_of(3, 9)} ${max_of("pear", "apple")}")
  println("${compare(Medium, Low)} ${compare(2, 2)}")
  println("${Low < Medium and Medium < High}")
  println("${[1, 2, 3] < [1, 3]} ${(1, "b") > (1, "a")}")
end
