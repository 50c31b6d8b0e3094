# error: E0036 `?` cannot convert error type `String` into `AppError`
# Different error types need `impl From<String> for AppError` (LANGUAGE.md §5.16).
struct AppError do
  message :: String
end

fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn run(s :: String) -> Result<Int, AppError> do
  let n = parse(s)?
  Ok(n + 1)
end

fn main() do
  println("${run("1")}")
end
