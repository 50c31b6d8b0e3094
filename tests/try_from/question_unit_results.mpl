# `?` on `Result<(), E>` used as a statement; its `()` value is discarded (LANGUAGE.md §5.16).
fn step(name :: String, ok :: Bool) -> Result<(), String> do
  println("step ${name}")
  if ok do Ok(()) else Err("${name} failed") end
end

fn pipeline(fail_at :: Int) -> Result<String, String> do
  step("one", fail_at != 1)?
  step("two", fail_at != 2)?
  step("three", fail_at != 3)?
  Ok("all done")
end

fn main() do
  println("${pipeline(0)}")
  println("${pipeline(2)}")
end
