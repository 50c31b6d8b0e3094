# `e?` on an Option in a function returning Option: `None` returns `None` at once (LANGUAGE.md
# §5.16, §6.2).
fn lookup(key :: String) -> Option<Int> do
  case key do
    "one" -> Some(1)
    "two" -> Some(2)
    _ -> None
  end
end

fn add_keys(a :: String, b :: String) -> Option<Int> do
  let x = lookup(a)?
  println("found ${a}")
  let y = lookup(b)?
  println("found ${b}")
  Some(x + y)
end

fn main() do
  println("${add_keys("one", "two")}")
  println("${add_keys("one", "three")}")
  println("${add_keys("zero", "two")}")
end
