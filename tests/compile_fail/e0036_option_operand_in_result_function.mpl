# error: E0036 `?` operator requires function to return `Result` or `Option`
# An Option operand needs an enclosing function returning Option, not Result (LANGUAGE.md §5.16).
fn first_word(s :: String) -> Result<String, String> do
  let w = List.find(String.split(s, " "), fn x -> x != "" end)?
  Ok(w)
end

fn main() do
  println("${first_word("a b")}")
end
