# error: E0004 undefined type: Integer
# Interpretation: message as in the §8.4 catalogue (`undefined type: {X}`, no backticks; §5.2 shows backticks).
fn main() do
  let x :: Integer = 1
  println("${x}")
end
