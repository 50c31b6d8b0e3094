# An error sum type with a user Display and a From impl; `?` on nested calls and in recursion.
# Display of `Result` shows the error with its user Display; `inspect` uses the derived Debug
# (LANGUAGE.md §5.16, §7).
type ParseError do
  Empty
  BadNumber(String)
  TooBig(Int)
end deriving(Debug)

impl Display for ParseError do
  fn to_string(self) -> String do
    case self do
      Empty -> "empty input"
      BadNumber(s) -> "bad number `${s}`"
      TooBig(n) -> "${n} is too big"
    end
  end
end

impl From<String> for ParseError do
  fn from(s :: String) -> ParseError = if s == "" do Empty else BadNumber(s) end
end

fn number(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn small(n :: Int) -> Result<Int, ParseError> do
  if n > 99 do Err(TooBig(n)) else Ok(n) end
end

fn total(xs :: List<String>) -> Result<Int, ParseError> do
  case xs do
    [] -> Ok(0)
    [h | t] -> Ok(small(number(h)?)? + total(t)?)
  end
end

fn main() do
  println("${total(["1", "2", "3"])}")
  println("${total(["1", "", "3"])}")
  println("${total(["1", "2x", "3"])}")
  println("${total(["50", "150"])}")
  println("${total(["5", "6"]).inspect()}")
  println(total(["a"]).inspect())
end
