# error: E0027 ambiguous method `speak` for type `T`: candidates from traits [Loud, Quiet]
# A method call on an unbounded type parameter when several interfaces declare the method
# (LANGUAGE.md §5.15: "several → E0027").
# Interpretation: the rigid parameter is printed by name (`T`, §8.1); candidates in declaration
# order (here also alphabetical).
interface Loud do
  fn speak(self) -> String
end

interface Quiet do
  fn speak(self) -> String
end

fn talk<T>(x :: T) -> String do
  x.speak()
end

fn main() do
  println("x")
end
