# `Interface.method(value)` calls that interface's method; it selects between two interfaces that
# declare a method with the same name, and works for built-in traits (`Display.to_string`)
# (LANGUAGE.md §5.15).
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
  fn speak(self) -> String = String.to_upper(self.name) <> "!"
end

impl Quiet for Dog do
  fn speak(self) -> String = "(" <> self.name <> ")"
end

fn main() do
  let d = Dog { name: "rex" }
  println(Loud.speak(d))
  println(Quiet.speak(d))
  println(Display.to_string(42))
  println(Display.to_string([1, 2]))
end
