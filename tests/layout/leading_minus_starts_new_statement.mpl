fn main() do
  let a = 5
  -1
  println("${a}")
end
