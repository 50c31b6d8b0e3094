fn min_max(xs :: List<Int>) -> (Int, Int) do
  case xs do
    [] -> (0, 0)
    [x] -> (x, x)
    [x | rest] ->
      let (lo, hi) = min_max(rest)
      (if x < lo do x else lo end, if x > hi do x else hi end)
  end
end

fn main() do
  let (lo, hi) = min_max([4, -2, 9, 0])
  println("min ${lo} max ${hi}")
  println("${min_max([])} ${min_max([5])}")
end
