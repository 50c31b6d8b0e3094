# Variant field names are documentation only; construction, matching and rendering are
# positional. A variant may mix named and unnamed fields (Beyond).
type Event do
  Click(x :: Int, y :: Int)
  Key(code :: Int, shift :: Bool)
  Scroll(Int, dy :: Int)
end deriving(Eq, Display, Debug)

fn describe(e :: Event) -> String do
  case e do
    Click(x, y) -> "click at ${x},${y}"
    Key(c, true) -> "shift+${c}"
    Key(c, false) -> "key ${c}"
    Scroll(_, dy) -> "scroll ${dy}"
  end
end

fn main() do
  let evs = [Click(1, 2), Key(65, true), Key(66, false), Scroll(0, -3)]
  for e in evs do
    println(describe(e))
  end
  println("${evs}")
  println(Key(65, true).inspect())
end
