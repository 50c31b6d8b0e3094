fn main() do
  let x = 1 +
    2
  println("crlf ${x}")
  println("second")
end
