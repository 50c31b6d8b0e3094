# error: P0001 `return` outside of a function
return 5

fn main() do
  println("x")
end
