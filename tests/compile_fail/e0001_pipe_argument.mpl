# error: E0001 expected Int, found String
fn square(x :: Int) -> Int = x * x

fn main() do
  let r = "3" |> square()
  println("${r}")
end
