fn check(a :: Int, b :: Int) -> Bool = (a / b) * b + a % b == a

fn main() do
  let values = [0, 1, -1, 7, -7, 100, -100, 9223372036854775807, -9223372036854775808]
  let divisors = [1, -1, 2, -2, 3, -3, 10, 9223372036854775807]
  let results = for a in values do
    reduce(divisors, true, fn ok, b -> ok and check(a, b) end)
  end
  println("${results}")
end
