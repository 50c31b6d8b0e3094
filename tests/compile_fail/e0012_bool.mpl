# error: E0012 non-exhaustive match on `Bool`
fn main() do
  let b = true
  let r = case b do
    true -> "yes"
  end
  println(r)
end
