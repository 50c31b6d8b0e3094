fn main() do
  let base = 100
  fn add_base(x) = x + base
  fn fact(n) do
    if n <= 1 do 1 else n * fact(n - 1) end
  end
  println("${add_base(5)} ${fact(10)}")
  let r = if true do
    fn triple(x) = x * 3
    triple(7)
  else
    0
  end
  println("${r}")
end
