# A user Display for a sum type is used by the derived Display of a struct containing it, by list
# Display and by `to_string`; the derived Debug of the struct uses the sum type's derived Debug
# (LANGUAGE.md §7, §7.1).
type Suit do
  Hearts
  Spades
end deriving(Eq, Debug)

impl Display for Suit do
  fn to_string(self) -> String do
    case self do
      Hearts -> "♥"
      Spades -> "♠"
    end
  end
end

struct Card do
  rank :: Int
  suit :: Suit
end deriving(Display, Debug)

fn main() do
  let c = Card { rank: 10, suit: Spades }
  println("${c}")
  println(c.inspect())
  println("${[Hearts, Spades]}")
  println("suit: " <> Hearts.to_string())
end
