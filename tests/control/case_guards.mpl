fn describe(n :: Int) -> String do
  case n do
    0 -> "zero"
    x when x < 0 -> "negative ${x}"
    x when x % 2 == 0 -> "even ${x}"
    x -> "odd ${x}"
  end
end

fn main() do
  for n in [0, -4, 6, 7] do
    println(describe(n))
  end
end
