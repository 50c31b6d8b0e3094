# warning: W0001 redundant match arm (arm 4)
fn main() do
  let n = 5
  let r = case n do
    x when x > 3 -> "big"
    5 -> "five"
    _ -> "other"
    5 -> "five again"
  end
  println(r)
end
