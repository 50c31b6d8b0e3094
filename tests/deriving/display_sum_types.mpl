type Shape do
  Circle(Float)
  Rect(w :: Float, h :: Float)
  Empty
end deriving(Display)

type Tag do
  Named(String)
  Pair(String, Int)
end deriving(Display, Debug)

fn main() do
  println("${Circle(1.5)} ${Rect(2.0, 4.5)} ${Empty}")
  let e = Empty
  println(e.to_string())
  println("${Named("Ada")} ${Pair("x", 1)}")
  println(Named("Ada").inspect())
  println("${[Named("a"), Named("b")]}")
end
