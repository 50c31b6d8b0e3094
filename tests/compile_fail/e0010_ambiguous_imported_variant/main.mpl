# error: E0010 ambiguous variant: On
# Both imported modules make a variant `On` visible unqualified (LANGUAGE.md §5.21).
import Lamp
import Switch

fn main() do
  let a = Light.On
  let b = On
  println("${a}")
end
