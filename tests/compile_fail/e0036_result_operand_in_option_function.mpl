# error: E0036 `?` operator requires function to return `Result` or `Option`
# A Result operand needs an enclosing function returning Result, not Option (LANGUAGE.md §5.16).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn maybe(s :: String) -> Option<Int> do
  let n = parse(s)?
  Some(n)
end

fn main() do
  println("${maybe("1")}")
end
