fn add(a :: Int, b :: Int) -> Int do
  a + b
end

fn scale(x :: Float, k :: Float) -> Float = x * k

fn shout(s :: String) -> String = String.to_upper(s) <> "!"

fn is_even(n :: Int) -> Bool = n % 2 == 0

fn unit() -> () do
  ()
end

fn main() do
  println("${add(2, 3)} ${scale(1.5, 4.0)} ${shout("hey")} ${is_even(10)} ${unit()}")
end
