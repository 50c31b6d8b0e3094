# error: P0001 invalid character `@`
# Assumes the invalid character yields exactly one diagnostic (§8.5: at most one error per unexpected token).
fn main() do
  @
  println("x")
end
