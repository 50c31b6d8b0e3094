fn parse_pair(a :: String, b :: String) -> String do
  case (String.to_int(a), String.to_int(b)) do
    (Some(x), Some(y)) -> "sum ${x + y}"
    (Some(x), None) -> "only first ${x}"
    (None, Some(y)) -> "only second ${y}"
    (None, None) -> "neither"
  end
end

fn main() do
  println(parse_pair("1", "2"))
  println(parse_pair("7", "x"))
  println(parse_pair("", "-4"))
  println(parse_pair("a", "b"))
  let p :: (Int?, String?) = (Some(1), None)
  println("${p}")
  let q :: (String?, Int!String) = (Some("a"), Err("bad"))
  println("${q}")
  println(q.inspect())
end
