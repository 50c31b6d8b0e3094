fn inverse_sum(xs :: List<Int>) -> Int do
  reduce(xs, 0, fn acc, x -> acc + 100 / x end)
end

fn main() do
  println("${inverse_sum([1, 2, 4])}")
  for x in [5, 0, 10] do
    println("100 / ${x} = ${100 / x}")
  end
  println("not reached")
end
