# error: E0027 ambiguous method `speak` for type `Dog`: candidates from traits [Loud, Quiet]
# Methods named `speak` come from two interfaces implemented for Dog (LANGUAGE.md §5.15 step 2);
# the qualified calls are fine.
# Interpretation: candidates are listed in declaration order (here also alphabetical).
interface Loud do
  fn speak(self) -> String
end

interface Quiet do
  fn speak(self) -> String
end

struct Dog do
  name :: String
end

impl Loud for Dog do
  fn speak(self) -> String = "WOOF"
end

impl Quiet for Dog do
  fn speak(self) -> String = "woof"
end

fn main() do
  let d = Dog { name: "rex" }
  println(Loud.speak(d) <> Quiet.speak(d))
  println(d.speak())
end
