fn sum_to(n :: Int, acc :: Int) -> Int do
  if n == 0 do
    acc
  else
    sum_to(n - 1, acc + n)
  end
end

fn count_down(n) do
  case n do
    0 -> println("liftoff")
    _ ->
      if n % 250000 == 0 do println("${n}") end
      count_down(n - 1)
  end
end

fn main() do
  println("${sum_to(1000000, 0)}")
  count_down(1000000)
end
