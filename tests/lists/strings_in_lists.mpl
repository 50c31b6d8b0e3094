fn main() do
  let words = String.split("the quick brown fox", " ")
  let caps = map(words, fn w -> String.to_upper(w) end)
  let long = filter(words, fn w -> String.length(w) > 3 end)
  println(String.join(caps, "_"))
  println("${long} ${List.length(long)}")
  println(head(words) <> "/" <> String.join(tail(words), "/"))
end
