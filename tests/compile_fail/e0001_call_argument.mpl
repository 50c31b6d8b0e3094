# error: E0001 expected Int, found String
fn square(x :: Int) -> Int = x * x

fn main() do
  println("${square("3")}")
end
