# One interface implemented for several built-in types (`impl Describe for Int`, LANGUAGE.md
# §5.14); `self` has the implementing type. Method calls on literals: `1.25.describe()` is the
# float `1.25` then `.describe` (§2.7); `-3.describe()` would be `-(3.describe())`, hence the
# parentheses.
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe(self) -> String do
    if self < 0 do "negative int" else "int ${self}" end
  end
end

impl Describe for String do
  fn describe(self) -> String do
    "string of length ${String.length(self)}"
  end
end

impl Describe for Bool do
  fn describe(self) -> String do
    if self do "yes" else "no" end
  end
end

impl Describe for Float do
  fn describe(self) -> String = "float ${self * 2.0}"
end

fn main() do
  println(7.describe())
  println((-3).describe())
  println("héllo".describe())
  println(true.describe())
  println(false.describe())
  println(1.25.describe())
  let n = 40 + 2
  println(n.describe())
end
