# error: E0011 variable `x` bound twice in pattern
fn main() do
  let (x, x) = (1, 2)
  println("${x}")
end
