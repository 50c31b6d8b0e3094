fn main() do
  while false do
    println("never")
  end
  let r = while 1 > 2 do 5 end
  println("${r}")
  while true do
    println("once")
    break
  end
  let n = 3
  while n > 0 do
    println("n is ${n}")
    if n == 3 do break end
    println("unreachable")
  end
  println("done")
end
