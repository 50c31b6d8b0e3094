fn describe(0) do
  let word = "zero"
  word <> "!"
end
fn describe(n) when n < 0 = "negative"
fn describe(n) do
  "positive ${n}"
end

fn main() do
  println(describe(0))
  println(describe(-1))
  println(describe(12))
end
