# error: E0009 missing field y in struct Point
# Interpretation: E0009 messages are spelled as in the §8.4 catalogue (`missing field {f} in
# struct {S}`, no backticks); §5.10 writes the names in backticks.
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1 }
  println("${p.x}")
end
