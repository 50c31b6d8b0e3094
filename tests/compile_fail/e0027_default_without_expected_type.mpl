# error: E0027 ambiguous reference to `default`
# Interpretation: `default()` needs an expected type (§5.12: "the Default value of the expected
# type"); with none it is ambiguous like `into()` (§5.16).
fn main() do
  let x = default()
  println("${x}")
end
