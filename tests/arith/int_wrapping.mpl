fn main() do
  let max = 9223372036854775807
  let min = -9223372036854775808
  println("${max} ${min}")
  println("${max + 1} ${min - 1}")
  println("${max * 2} ${min * -1} ${-min}")
  println("${min / -1} ${min % -1}")
  println("${max * max} ${3037000500 * 3037000500}")
  println("${max + max + 2}")
end
