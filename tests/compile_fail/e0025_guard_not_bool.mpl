# error: E0025 guard must be Bool, found `Int`
fn main() do
  let n = 3
  let r = case n do
    x when x + 1 -> "weird"
    _ -> "normal"
  end
  println(r)
end
