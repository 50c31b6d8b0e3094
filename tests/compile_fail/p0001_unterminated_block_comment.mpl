# error: P0001 unterminated block comment
fn main() do
  println("x")
end

#= this comment never ends
