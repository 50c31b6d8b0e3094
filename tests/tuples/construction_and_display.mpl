fn main() do
  let t = (1, "a")
  println("${t}")
  println(t.inspect())
  let triple = (true, 2.5, :ok)
  println("${triple}")
  println(triple.inspect())
  let nested = ((1, 2), ("x", [3, 4]))
  println("${nested}")
  println(nested.inspect())
  println("${((), nil)} ${(3.0, -0.5)}")
end
