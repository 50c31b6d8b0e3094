import English
import French

fn hello(name :: String) -> String = "Hey " <> name

fn main() do
  println(English.hello("Ann"))
  println(French.hello("Ann"))
  println(hello("Ann"))
end
