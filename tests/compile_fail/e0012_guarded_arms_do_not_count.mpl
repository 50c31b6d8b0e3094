# error: E0012 non-exhaustive match on `Int`
fn main() do
  let n = 2
  let r = case n do
    x when x > 0 -> "positive"
    x when x <= 0 -> "not positive"
  end
  println(r)
end
