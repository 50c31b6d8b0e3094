fn parse_or(s :: String, fallback :: Int) -> Int do
  case String.to_int(s) do
    Some(n) -> n
    None -> fallback
  end
end

fn describe(o) do
  case o do
    None -> "nothing"
    Some(n) when n > 100 -> "large ${n}"
    Some(_) -> "something"
  end
end

fn main() do
  println("${parse_or("12", 0)} ${parse_or("x", -1)}")
  println(describe(String.to_int("500")))
  println(describe(String.to_int("5")))
  println(describe(String.to_int("five")))
  let total = parse_or("20", 0) + parse_or("22", 0)
  println("${total}")
end
