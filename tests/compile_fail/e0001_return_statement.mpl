# error: E0001 expected String, found Int
fn check(n :: Int) -> String do
  if n > 0 do
    return n
  end
  "non-positive"
end

fn main() do
  println(check(1))
end
