# `T?` is Option<T>, `T!E` is Result<T, E>; `Int!String?` is Result<Int, Option<String>>
# (LANGUAGE.md §3.5).
fn lookup(key :: String) -> Int? do
  case key do
    "one" -> Some(1)
    "two" -> Some(2)
    _ -> None
  end
end

fn checked(key :: String) -> Int!String do
  case lookup(key) do
    Some(n) -> Ok(n)
    None -> Err("missing ${key}")
  end
end

fn main() do
  let a :: Int?? = Some(lookup("three"))
  let b :: (Int!String)? = Some(checked("two"))
  let c :: Int!String? = Err(None)
  let d :: Int!String? = Err(Some("why"))
  println("${a} ${b} ${c} ${d}")
  let f :: Fun(Int) -> Int? = fn n -> if n > 0 do Some(n) else None end end
  println("${f(3)} ${f(-3)} ${checked("zero")}")
  let plain :: Option<Int> = lookup("one")
  let long :: Result<Int, String> = checked("one")
  println("${plain} ${long}")
end
