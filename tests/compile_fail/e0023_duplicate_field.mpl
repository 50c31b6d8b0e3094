# error: E0023 duplicate definition of `x`
# Field names must be distinct (LANGUAGE.md §5.10).
struct Point do
  x :: Int
  x :: Int
end

fn main() do
  println("point")
end
