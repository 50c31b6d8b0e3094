fn square(x :: Int) -> Int = x * x

fn main() do
  let sum_of_squares = fn xs -> reduce(map(xs, square), 0, fn a, b -> a + b end) end
  println("${sum_of_squares([1, 2, 3])}")
  let apply = fn f, x -> f(x) end
  println("${apply(square, 9)} ${apply(fn s -> String.length(s) end, "four")}")
end
