# error: E0009 unknown field z in struct Point
# Interpretation: §5.10 says only "each `f` must be a field (E0009)"; the message is taken to be
# the one for an unknown field in a literal.
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let p = Point { x: 1, y: 2 }
  let q = %{p | z: 3}
  println("${q.x}")
end
