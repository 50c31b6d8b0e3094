# An interface with one instance method, implemented for a struct and called with method syntax
# (LANGUAGE.md §5.14, §5.15).
interface Greet do
  fn greet(self) -> String
end

struct Person do
  name :: String
end

impl Greet for Person do
  fn greet(self) -> String do
    "Hello, " <> self.name <> "!"
  end
end

fn main() do
  let p = Person { name: "Ada" }
  println(p.greet())
  println(Person { name: "Bob" }.greet())
end
