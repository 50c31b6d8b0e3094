fn main() do
  let min = -9223372036854775808
  println("${min}")
  println("${min == -9223372036854775807 - 1}")
  println("${-9223372036854775808 + 1}")
end
