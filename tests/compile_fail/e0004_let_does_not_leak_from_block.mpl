# error: E0004 undefined variable: inner
fn main() do
  if true do
    let inner = 1
  end
  println("${inner}")
end
