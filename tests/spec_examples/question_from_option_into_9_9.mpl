struct AppError do
  message :: String
end

impl Display for AppError do
  fn to_string(self) -> String do
    "AppError: " <> self.message
  end
end

impl From<String> for AppError do
  fn from(msg :: String) -> AppError do
    AppError { message: msg }
  end
end

fn parse_int(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("not a number: ${s}")
  end
end

fn add_strings(a :: String, b :: String) -> Result<Int, AppError> do
  let x = parse_int(a)?
  let y = parse_int(b)?
  Ok(x + y)
end

fn first_even(xs :: List<Int>) -> Option<Int> do
  let e = List.find(xs, fn x -> x % 2 == 0 end)?
  Some(e * 10)
end

fn main() do
  println("${add_strings("20", "22")}")
  println("${add_strings("20", "x")}")
  println("${first_even([1, 3, 4, 6])} ${first_even([1, 3])}")
  let total :: Float = 3.into()
  println("${total / 2.0}")
end
