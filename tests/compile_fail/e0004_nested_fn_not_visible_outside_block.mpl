# error: E0004 undefined variable: helper
# Interpretation: an unknown function name is reported with the E0004 variable message (§5.4).
fn main() do
  if true do
    fn helper() = 1
    println("${helper()}")
  end
  println("${helper()}")
end
