fn average(xs :: List<Int>) -> Float do
  let total = reduce(xs, 0, fn acc, x -> acc + x end)
  Float.from(total) / Float.from(List.length(xs))
end

fn main() do
  println("${average([1, 2, 3, 4])}")
  println("${average([10, 20])}")
  println("${average([1, 1, 2])}")
  println("${Float.from(1) / 8.0} ${Float.from(-9223372036854775808)}")
end
