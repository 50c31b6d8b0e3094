fn fizz(n :: Int) -> String do
  case n % 15 == 0 do
    true -> "FizzBuzz"
    false ->
      case n % 3 do
        0 -> "Fizz"
        _ ->
          case n % 5 do
            0 -> "Buzz"
            _ -> "${n}"
          end
      end
  end
end

fn main() do
  let words = for i in 1..16 do fizz(i) end
  println(String.join(words, " "))
end
