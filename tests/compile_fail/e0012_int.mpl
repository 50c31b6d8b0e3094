# error: E0012 non-exhaustive match on `Int`
fn main() do
  let n = 2
  let r = case n do
    0 -> "a"
    1 -> "b"
  end
  println(r)
end
