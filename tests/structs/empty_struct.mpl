struct Marker do
end

struct Token do
end deriving(Display, Debug)

fn main() do
  let m = Marker {}
  println("${m}")
  println(m.inspect())
  println("${m == Marker {}}")
  let t = Token {}
  println("${t}")
  println(t.inspect())
end
