fn square(x :: Int) -> Int = x * x

fn main() do
  let xs = [1, 2, 3, 4, 5, 6]
  println("${List.map(xs, square)}")
  println("${List.filter(xs, fn x -> x % 2 == 0 end)}")
  println("${List.reduce(xs, 0, fn acc, x -> acc + x end)}")
  println("${map(xs, fn x -> x + 1 end)} ${filter(xs, fn x -> x > 4 end)}")
  println("${reduce(xs, 1, fn acc, x -> acc * x end)}")
  println("${List.map(["a", "bb"], fn s -> String.length(s) end)} ${List.map([1, 2], fn x -> "n${x}" end)}")
  println("${List.filter(xs, fn x -> x > 100 end)} ${List.map([], square)}")
  println("${List.reduce([], 7, fn acc, x -> acc + x end)}")
end
