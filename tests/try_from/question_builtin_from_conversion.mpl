# `?` converts errors with the built-in From impls too: an Int error becomes a String error
# (`From<Int> for String`) or a Float error (`From<Int> for Float`) (LANGUAGE.md §5.12, §5.16).
fn code(s :: String) -> Result<Int, Int> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(String.length(s))
  end
end

fn as_text(s :: String) -> Result<String, String> do
  let n = code(s)?
  Ok("code ${n}")
end

fn as_float(s :: String) -> Result<Int, Float> do
  let n = code(s)?
  Ok(n)
end

fn main() do
  println("${as_text("12")}")
  case as_text("abcd") do
    Ok(t) -> println(t)
    Err(msg) -> println(msg <> " chars")
  end
  case as_float("xyz") do
    Ok(n) -> println("ok ${n}")
    Err(f) -> println("error ${f / 2.0}")
  end
end
