fn show(s :: String) -> String do
  case String.to_int(s) do
    Some(n) -> "Some(${n})"
    None -> "None"
  end
end

fn main() do
  let inputs = [
    " 42 ", "-100", "4.2", "", "+7", "1_000", "0x1F", "12abc", "007", "-0",
    "- 5", "+", "-", "\t15\n", "  ", "+-5",
    "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "１２"
  ]
  for s in inputs do
    println(show(s))
  end
end
