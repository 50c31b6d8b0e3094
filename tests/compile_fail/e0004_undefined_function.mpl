# error: E0004 undefined variable: prnt
# Interpretation: an unknown function name is reported with the E0004 variable message (§5.4 "Unknown names are E0004").
fn main() do
  prnt("hello")
end
