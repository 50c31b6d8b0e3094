# Interpolating a type without Display uses the plain Debug form with every component rendered by
# show (Display where it exists); inspect() renders components with Debug (LANGUAGE.md §7).
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Debug)

struct Seg do
  a :: Point
  b :: Point
  label :: String
end

fn main() do
  let s = Seg { a: Point { x: 0, y: 0 }, b: Point { x: 1, y: 1 }, label: "diag" }
  println("${s}")
  println(s.inspect())
  println("${s.a} ${s.a.inspect()}")
end
