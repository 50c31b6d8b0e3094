from Parity import check

fn main() do
  for n in [0, 7, 10] do
    println(check(n))
  end
end
