fn divide(a :: Int, b :: Int) -> Int = a / b

fn main() do
  println("before")
  println("${divide(10, 2)}")
  println("${divide(1, 0)}")
  println("after")
end
