# error: E0001 expected Int, found String
fn name() -> Int do
  "not an int"
end

fn main() do
  println("${name()}")
end
