# error: E0006 String does not implement Add
# Math.abs takes Int or Float (STDLIB.md §5.12 "T is Int or Float").
# Interpretation: reported as the numeric requirement (Add) the library function places on T.
fn main() do
  println(Math.abs("x"))
end
