# error: E0001 expected Float, found String
type Shape do
  Circle(Float)
  Dot
end

fn main() do
  let c = Circle("big")
  println("${c}")
end
