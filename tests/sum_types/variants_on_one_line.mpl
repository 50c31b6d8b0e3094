# Variants are separated by juxtaposition as well as by newlines (LANGUAGE.md §3.6).
type Dir do North East South West end

fn turn_right(d :: Dir) -> Dir do
  case d do
    North -> East
    East -> South
    South -> West
    West -> North
  end
end

fn main() do
  let d = turn_right(turn_right(turn_right(North)))
  println("${d}")
  println("${turn_right(d) == North}")
end
