fn sign(n :: Int) -> String do
  if n > 0 do
    "positive"
  else if n < 0 do
    "negative"
  else
    "zero"
  end
end

fn main() do
  println(sign(5))
  println(sign(-5))
  println(sign(0))
  let v = if 1 < 2 do "yes" else "no" end
  println(v)
end
