# `where T: Add` on a generic function, and an implicit Add bound from `x + x` on an unbounded type
# parameter (LANGUAGE.md §5.3 rule 4, §5.5: for a type parameter the result is `T`), used with
# Int, Float and a user type.
struct Meters do
  m :: Float
end deriving(Display)

impl Add for Meters do
  type Output = Meters
  fn add(self, other :: Meters) -> Meters = Meters { m: self.m + other.m }
end

fn sum<T>(xs :: List<T>, zero :: T) -> T where T: Add do
  case xs do
    [] -> zero
    [h | t] -> h + sum(t, zero)
  end
end

fn double<T>(x :: T) -> T do
  x + x
end

fn main() do
  println("${sum([1, 2, 3, 4], 0)}")
  println("${sum([0.5, 0.25], 0.0)}")
  println("${sum([Meters { m: 1.5 }, Meters { m: 2.0 }], Meters { m: 0.0 })}")
  println("${double(21)} ${double(1.25)} ${double(Meters { m: 4.0 })}")
end
