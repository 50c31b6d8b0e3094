# A user `impl Ord` (with a derived Eq) defines the ordering operators through `lt`: `a < b` is
# `a.lt(b)`, `a > b` is `b.lt(a)`, `a <= b` is `not b.lt(a)`, `a >= b` is `not a.lt(b)`; the
# default `compare` gives Less / Equal (by `==`) / Greater (LANGUAGE.md §5.12, §6.5).
struct Version do
  major :: Int
  minor :: Int
end deriving(Eq)

impl Display for Version do
  fn to_string(self) -> String = "v${self.major}.${self.minor}"
end

impl Ord for Version do
  fn lt(self, other :: Version) -> Bool do
    if self.major != other.major do self.major < other.major else self.minor < other.minor end
  end
end

fn newest<T>(xs :: List<T>, start :: T) -> T where T: Ord do
  List.reduce(xs, start, fn best, x -> if x > best do x else best end end)
end

fn main() do
  let a = Version { major: 1, minor: 10 }
  let b = Version { major: 2, minor: 0 }
  let c = Version { major: 1, minor: 10 }
  println("${a < b} ${a > b} ${a <= c} ${a >= c} ${b <= a} ${a < c}")
  println("${compare(a, b)} ${compare(b, a)} ${compare(a, c)} ${a.compare(b)}")
  println("${newest([a, b, Version { major: 1, minor: 99 }], Version { major: 0, minor: 0 })}")
end
