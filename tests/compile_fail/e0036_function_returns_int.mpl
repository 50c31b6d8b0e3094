# error: E0036 `?` operator requires function to return `Result` or `Option`
# The enclosing function's annotated return type is Int (LANGUAGE.md §5.16).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn twice(s :: String) -> Int do
  let n = parse(s)?
  n * 2
end

fn main() do
  println("${twice("2")}")
end
