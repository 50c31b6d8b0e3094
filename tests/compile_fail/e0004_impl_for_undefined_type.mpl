# error: E0004 undefined type: Pointt
# An impl for an unknown type (LANGUAGE.md §5.14).
# Interpretation: message as in the §8.4 catalogue (`undefined type: {X}`, no backticks).
interface Describe do
  fn describe(self) -> String
end

struct Point do
  x :: Int
end

impl Describe for Pointt do
  fn describe(self) -> String = "point"
end

fn main() do
  println("x")
end
