# Beyond: `deriving(…)` may start the line directly after the `end` (LANGUAGE.md §2.12).
struct P do
  x :: Int
end
deriving(Display)

type T do
  A
  B
end
deriving(Display, Eq)

fn main() do
  println("${P { x: 1 }} ${A} ${A == B}")
end
