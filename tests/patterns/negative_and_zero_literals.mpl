fn describe(n :: Int) -> String do
  case n do
    -9223372036854775808 -> "min"
    -2 -> "minus two"
    0 -> "zero"
    9223372036854775807 -> "max"
    _ -> "other"
  end
end

fn main() do
  let min = -9223372036854775808
  println(describe(min) <> " " <> describe(-2) <> " " <> describe(0) <> " " <> describe(min - 1) <> " " <> describe(2))
end
