# A method with a body in the interface is a default method; an impl may use it or override it
# (LANGUAGE.md §5.14). The default calls the impl's own methods through `self`.
interface Animal do
  fn name(self) -> String
  fn sound(self) -> String
  fn speak(self) -> String do
    self.name() <> " says " <> self.sound()
  end
end

struct Dog do
  age :: Int
end

struct Cat do
  lives :: Int
end

impl Animal for Dog do
  fn name(self) -> String = "Dog"
  fn sound(self) -> String = "woof"
end

impl Animal for Cat do
  fn name(self) -> String = "Cat"
  fn sound(self) -> String = "meow"
  fn speak(self) -> String do
    "The cat with ${self.lives} lives ignores you"
  end
end

fn main() do
  println(Dog { age: 3 }.speak())
  println(Cat { lives: 9 }.speak())
  println(Cat { lives: 9 }.sound())
end
