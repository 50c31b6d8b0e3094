struct Version do
  major :: Int
  minor :: Int
  patch :: Int
end deriving(Eq, Ord, Display)

fn newest(vs :: List<Version>) -> Version do
  List.reduce(vs, Version { major: 0, minor: 0, patch: 0 }, fn best, v -> if v > best do v else best end end)
end

fn main() do
  let a = Version { major: 1, minor: 2, patch: 3 }
  let b = Version { major: 1, minor: 10, patch: 0 }
  let c = Version { major: 0, minor: 99, patch: 99 }
  println("${a < b} ${c < a} ${a <= a} ${b >= a} ${a > b}")
  println("${compare(a, b)} ${compare(b, b)} ${compare(a, c)}")
  println("${newest([a, b, c])}")
end
