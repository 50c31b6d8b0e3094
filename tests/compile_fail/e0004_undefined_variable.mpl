# error: E0004 undefined variable: totl
fn main() do
  let total = 3
  println("${totl}")
end
