fn main() do
  let f = fn 0 -> "zero" | 1 -> "one" end
  println(f(0))
  println(f(7))
end
