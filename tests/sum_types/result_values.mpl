fn parse_age(s :: String) -> Int!String do
  case String.to_int(s) do
    Some(n) when n >= 0 -> Ok(n)
    Some(n) -> Err("negative: ${n}")
    None -> Err("not a number: ${s}")
  end
end

fn main() do
  let inputs = ["42", "-1", "abc"]
  for s in inputs do
    let r = parse_age(s)
    println("${r}")
    println(r.inspect())
  end
  case parse_age("7") do
    Ok(n) -> println("ok ${n + 1}")
    Err(e) -> println("error ${e}")
  end
  let r2 :: Result<Int, String> = Err("boom")
  println("${r2 == Err("boom")} ${r2 == Ok(1)} ${Result.Ok(3) == parse_age("3")}")
end
