fn classify(n :: Int) -> String do
  if n > 100 do
    "huge"
  else
    if n > 10 do
      "big"
    else
      "small"
    end
  end
end

fn main() do
  println(classify(500))
  println(classify(50))
  println(classify(5))
end
