fn main() do
  println("${Math.abs(-5)} ${Math.abs(-2.5)} ${Math.abs(-9223372036854775808)}")
  println("${Math.min(3, 9)} ${Math.max(3, 9)} ${Math.min(1.5, -0.5)} ${Math.max(2.0, 0.0 / 0.0)}")
  println("${Math.pi} ${Math.pow(2.0, 10.0)} ${Math.sqrt(16.0)} ${Math.sqrt(-1.0)}")
  println("${Math.floor(3.7)} ${Math.floor(-2.3)} ${Math.ceil(3.2)} ${Math.ceil(-2.7)}")
  println("${Math.round(3.5)} ${Math.round(-2.5)} ${Math.round(0.5)} ${Math.round(1.0e30)} ${Math.floor(0.0 / 0.0)}")
  println("${Int.parse(" 42 ")} ${Float.parse("2.5")} ${Int.to_float(3)} ${Float.to_int(-2.7)}")
end
