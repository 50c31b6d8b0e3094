# error: E0023 duplicate definition of `Red`
# Variant names must be distinct within the type (LANGUAGE.md §5.11).
type Color do
  Red
  Green
  Red
end

fn main() do
  println("color")
end
