fn noisy(n :: Int) -> Int do
  println("evaluated")
  n
end

fn main() do
  let r = case noisy(3) do
    1 -> "one"
    2 -> "two"
    x when x > 5 -> "big"
    _ -> "other"
  end
  println(r)
end
