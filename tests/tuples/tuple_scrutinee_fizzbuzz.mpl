fn fizz(n :: Int) -> String do
  case (n % 3, n % 5) do
    (0, 0) -> "FizzBuzz"
    (0, _) -> "Fizz"
    (_, 0) -> "Buzz"
    _ -> "${n}"
  end
end

fn main() do
  let words = List.map([1, 3, 5, 9, 10, 15, 16], fizz)
  println(String.join(words, " "))
end
