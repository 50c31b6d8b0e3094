fn dedupe(xs :: List<Int>) -> List<Int> do
  case xs do
    [a | [b | _] as tail] when a == b -> dedupe(tail)
    [a | tail] -> [a] ++ dedupe(tail)
    [] -> []
  end
end

fn describe(o :: Int?) -> String do
  case o do
    Some(n) as whole when n > 10 -> "big ${whole}"
    Some(_) as whole -> "small ${whole}"
    None as nothing -> "${nothing}"
  end
end

fn main() do
  println("${dedupe([1, 1, 2, 3, 3, 3, 1])}")
  println(describe(Some(50)) <> "; " <> describe(Some(5)) <> "; " <> describe(None))
  let (a, b) as pair = (1, 2)
  println("${a} ${b} ${pair}")
end
