fn main() do
  let t = (1, 2.0, "three", :four, [5])
  println("${t}")
  println(t.inspect())
  let (a, b, c, d, e) = t
  println("${a} ${b} ${c} ${d} ${e}")
  println("${t == (1, 2.0, "three", :four, [5])} ${t < (1, 2.0, "three", :four, [6])}")
end
