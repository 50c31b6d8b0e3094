# error: E0001 expected Int, found String
fn main() do
  let n = 5
  let s = case n do
    "five" -> "5"
    _ -> "other"
  end
  println(s)
end
