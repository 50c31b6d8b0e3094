fn countdown(n :: Int) -> Int do
  if n == 0 do
    10 / n
  else
    countdown(n - 1)
  end
end

fn main() do
  println("counting")
  println("${countdown(100000)}")
end
