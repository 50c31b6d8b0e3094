fn first_negative(xs :: List<Int>) -> Int do
  for x in xs do
    if x < 0 do
      return x
    end
  end
  0
end

fn check(n :: Int) -> String do
  if n > 10 do
    return "big"
  end
  if n > 5 do return "medium" end
  "small"
end

fn log(msg :: String) do
  if msg == "" do
    return
  end
  println("log: ${msg}")
end

fn main() do
  println("${first_negative([3, 4, -2, -7])} ${first_negative([1, 2])}")
  println(check(20) <> " " <> check(7) <> " " <> check(1))
  log("")
  log("hello")
  let r = log("x")
  println("${r}")
end
