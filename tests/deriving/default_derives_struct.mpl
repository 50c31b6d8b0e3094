# A struct without a deriving clause derives Eq, Ord, Debug and Hash (LANGUAGE.md §5.13).
struct Card do
  rank :: Int
  suit :: String
end

fn main() do
  let a = Card { rank: 10, suit: "hearts" }
  let b = Card { rank: 10, suit: "spades" }
  let a2 = Card { rank: 10, suit: "hearts" }
  println("${a == b} ${a < b} ${compare(b, a)} ${a == a2}")
  println("${[b, a] < [a, b]} ${compare((a, 1), (a2, 1))}")
  println(a.inspect())
  println("${a}")
end
