fn name(n :: Int) -> String do
  case n do
    -1 -> "minus one"
    0 -> "zero"
    1 -> "one"
    2 -> "two"
    _ -> "many"
  end
end

fn main() do
  for n in [-1, 0, 1, 2, 3, -2] do
    println(name(n))
  end
end
