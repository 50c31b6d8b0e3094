# error: E0004 undefined variable: cuont
# error: E0001 expected String, found Int
# error: E0012 non-exhaustive match on `Bool`
fn main() do
  let count = 1
  println("${cuont}")
  println(count)
  let r = case count > 0 do
    true -> 1
  end
  println("${r}")
end
