# error: E0009 cannot infer the type of this value to access field `name`
# The receiver's type is never known in this definition (LANGUAGE.md §5.3 rule 5).
fn name_of(u) = u.name

fn main() do
  println("x")
end
