fn main() do
  fn describe(n) do
    fn parity(k) = if k % 2 == 0 do "even" else "odd" end
    "${n} is ${parity(n)}"
  end
  for n in [1, 2] do
    println(describe(n))
  end
  println(top_level_helper())
end

fn top_level_helper() = "top-level helper"
