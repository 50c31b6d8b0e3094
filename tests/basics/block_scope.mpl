fn main() do
  let x = "outer"
  if true do
    let x = "inner"
    println(x)
  end
  println(x)
  let n = 5
  let r = if n > 3 do
    let n = n * 100
    n + 1
  else
    0
  end
  println("${n} ${r}")
  for i in 0..2 do
    let n = i
    println("loop ${n}")
  end
  println("after ${n}")
end
