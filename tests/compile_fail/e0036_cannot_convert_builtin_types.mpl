# error: E0036 `?` cannot convert error type `Bool` into `Int`
# There is no `From<Bool> for Int` (LANGUAGE.md §5.12 lists the built-in From impls, §5.16).
fn check(n :: Int) -> Result<Int, Bool> do
  if n > 0 do Ok(n) else Err(false) end
end

fn run(n :: Int) -> Result<Int, Int> do
  let m = check(n)?
  Ok(m)
end

fn main() do
  println("${run(1)}")
end
