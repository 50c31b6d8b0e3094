fn fizzbuzz(n :: Int) -> String do
  case (n % 3, n % 5) do
    (0, 0) -> "FizzBuzz"
    (0, _) -> "Fizz"
    (_, 0) -> "Buzz"
    _ -> "${n}"
  end
end

fn main() do
  let lines = List.map([1, 2, 3, 4, 5, 15], fizzbuzz)
  println(String.join(lines, " "))
end
