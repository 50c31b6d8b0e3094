fn main() do
  let n = 2
  let r = case n do
    1 ->
      println("one")
      10
    2 ->
      let doubled = n * 2
      println("two, doubled ${doubled}")
      doubled + 1
    _ -> 0
  end
  println("${r}")
  case n do 1 -> println("a") 2 -> println("b") _ -> println("c") end
end
