# `x.into()` selects `From<typeof x> for U` where `U` is the expected type: a `let` annotation, a
# parameter type, a return type (LANGUAGE.md §5.12 Into, §5.16).
struct Meters do
  value :: Int
end deriving(Display)

impl From<Int> for Meters do
  fn from(n :: Int) -> Meters = Meters { value: n }
end

fn describe(m :: Meters) -> String = "distance ${m}"

fn ten() -> Meters do
  10.into()
end

fn main() do
  let m :: Meters = 3.into()
  println("${m}")
  println(describe(7.into()))
  println("${ten()}")
  let n = 42
  let via :: Meters = n.into()
  println("${via.value + 1}")
end
