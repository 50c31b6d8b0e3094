fn yes_no(b :: Bool) -> String do
  case b do
    true -> "yes"
    false -> "no"
  end
end

fn main() do
  println(yes_no(true) <> " " <> yes_no(false))
  let x = 5
  let s = case x > 3 do
    true -> "big"
    false -> "small"
  end
  println(s)
end
