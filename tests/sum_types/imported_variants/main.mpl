# Importing a module makes its pub sum types and their variants visible unqualified
# (LANGUAGE.md §5.21, Compatibility); `Color.Green` names the variant through its type.
import Colors

fn main() do
  let cs = [Red, Color.Green, Blue]
  println("${cs}")
  println("${List.map(cs, Colors.warm)}")
  let c = case Color.Blue do
    Red -> "r"
    Green -> "g"
    Blue -> "b"
  end
  println(c)
end
