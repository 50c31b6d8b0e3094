# A closure is its own return context: `?` inside it returns from the closure, whose return type
# is inferred from the `?` and its body (LANGUAGE.md §5.7, §5.16).
fn parse(s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> Ok(n)
    None -> Err(s)
  end
end

fn main() do
  let double = fn s -> Ok(parse(s)? * 2) end
  println("${List.map(["4", "x", "10"], double)}")
  let halve = fn (n :: Int) do
    let even = if n % 2 == 0 do Some(n) else None end
    Some(even? / 2)
  end
  println("${halve(10)} ${halve(7)}")
  println("done")
end
