# error: E0037 `?` requires `Result` or `Option`
# The operand of `?` must be a Result or an Option (LANGUAGE.md §5.16).
fn inc(n :: Int) -> Result<Int, String> do
  let m = n?
  Ok(m + 1)
end

fn main() do
  println("${inc(1)}")
end
