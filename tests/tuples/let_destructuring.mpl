fn divmod(a :: Int, b :: Int) -> (Int, Int) do
  (a / b, a % b)
end

fn main() do
  let (q, r) = divmod(17, 5)
  println("${q} ${r}")
  let (a, (b, c)) = (1, (2, 3))
  println("${a + b + c}")
  let (_, second, _) = ("skip", "keep", "skip")
  println(second)
  let (x, y) :: (Int, String) = (7, "seven")
  println("${x} is ${y}")
end
