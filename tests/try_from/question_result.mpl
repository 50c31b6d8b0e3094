# `e?` on a Result: `Ok(v)` gives `v`, `Err(x)` returns `Err(x)` from the enclosing function at
# once, so later steps are not evaluated (LANGUAGE.md §5.16, §6.2).
fn parse(s :: String) -> Result<Int, String> do
  println("parse ${s}")
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err("bad: ${s}")
  end
end

fn sum3(a :: String, b :: String, c :: String) -> Result<Int, String> do
  let x = parse(a)?
  let y = parse(b)?
  let z = parse(c)?
  Ok(x + y + z)
end

fn main() do
  println("${sum3("1", "2", "3")}")
  println("${sum3("1", "x", "3")}")
  println("${sum3("y", "2", "3")}")
end
