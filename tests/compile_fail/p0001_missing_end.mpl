# error: P0001 expected `end` to close `do` block
# Assumes the parser reports the missing `end` once (at end of file) and nothing else.
fn main() do
  println("no end")
