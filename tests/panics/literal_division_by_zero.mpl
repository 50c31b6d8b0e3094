fn main() do
  println("start")
  let x = 1 / 0
  println("${x}")
end
