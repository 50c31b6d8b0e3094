fn main() do
  let words = ["apple", "kiwi", "banana", "fig"]
  let total = reduce(words, 0, fn acc, w -> acc + String.length(w) end)
  let longest = reduce(words, "", fn best, w -> if String.length(w) > String.length(best) do w else best end end)
  let joined = List.reduce(words, "", fn acc, w -> if acc == "" do w else acc <> "+" <> w end end)
  println("${total} ${longest} ${joined}")
end
