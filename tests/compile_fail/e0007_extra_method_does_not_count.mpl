# error: E0007 impl Describe for Int is missing method describe
# Extra methods are allowed in an impl but do not stand in for a required one (LANGUAGE.md §5.14).
interface Describe do
  fn describe(self) -> String
end

impl Describe for Int do
  fn describe_twice(self) -> String = "int int"
end

fn main() do
  println(1.describe_twice())
end
