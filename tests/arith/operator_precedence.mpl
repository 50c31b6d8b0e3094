fn main() do
  let a = 2
  let b = 3
  println("${a + b * 2 > 7 and b - a == 1}")
  println("${-a * b} ${a * -b} ${-a - -b}")
  println("${"x" <> "y" == "xy"}")
  println("${a < b or a > b and false}")
  println("${for i in 0..a + 1 do i end}")
  println("${"n=" <> "${a * b + 1}"}")
end
