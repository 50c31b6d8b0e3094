# When the operand's error type `E` differs from the function's error type `F`, `?` converts the
# error with `impl From<E> for F`, only when there is an error (LANGUAGE.md §5.16, §6.2). Two
# From impls convert two different error types.
struct AppError do
  code :: Int
  text :: String
end

impl From<String> for AppError do
  fn from(msg :: String) -> AppError do
    println("converting: ${msg}")
    AppError { code: 1, text: msg }
  end
end

impl From<Int> for AppError do
  fn from(code :: Int) -> AppError = AppError { code: code, text: "code ${code}" }
end

fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: ${s}")
  end
end

fn check(n :: Int) -> Result<Int, Int> do
  if n > 100 do Err(n) else Ok(n) end
end

fn run(s :: String) -> Result<Int, AppError> do
  let n = parse(s)?
  let m = check(n)?
  Ok(m * 2)
end

fn report(r :: Result<Int, AppError>) -> String do
  case r do
    Ok(v) -> "ok ${v}"
    Err(e) -> "error ${e.code}: ${e.text}"
  end
end

fn main() do
  println(report(run("21")))
  println(report(run("abc")))
  println(report(run("500")))
end
