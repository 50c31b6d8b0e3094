# error: E0004 undefined interface: Printable
# An impl of an unknown interface (LANGUAGE.md §5.14).
# Interpretation: message as in the §8.4 catalogue (`undefined interface: {I}`, no backticks;
# §5.14 shows backticks).
struct Point do
  x :: Int
end

impl Printable for Point do
  fn print(self) -> String = "point"
end

fn main() do
  println("x")
end
