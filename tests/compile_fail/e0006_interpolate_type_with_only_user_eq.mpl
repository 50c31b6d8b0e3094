# error: E0006 Token does not implement Display
# A user `impl Eq` does not make a type showable; with `deriving()` it has neither Display nor
# Debug (LANGUAGE.md §5.5, §7 rule 4).
# Interpretation: spelled as in the §8.4 catalogue (no backticks).
struct Token do
  text :: String
end deriving()

impl Eq for Token do
  fn eq(self, other :: Token) -> Bool = self.text == other.text
end

fn main() do
  let t = Token { text: "a" }
  println("${t == t}")
  println("${t}")
end
