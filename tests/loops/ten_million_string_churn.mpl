# Memory must stay bounded: every iteration builds and drops strings.
fn churn(i :: Int, acc :: Int) -> Int do
  if i == 0 do
    acc
  else
    let s = "item-" <> "${i}"
    let t = String.to_upper(s)
    churn(i - 1, acc + String.length(t) - String.length("${i}"))
  end
end

fn main() do
  println("${churn(10000000, 0)}")
end
