fn main() do
  let x = 1
  let x = x + 1
  let x = x * 10
  println("${x}")
  let x = "now a string"
  println(x)
  let y = x <> "!"
  println(y)
end
