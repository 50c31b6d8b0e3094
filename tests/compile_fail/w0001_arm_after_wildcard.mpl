# warning: W0001 redundant match arm (arm 2)
fn main() do
  let n = 0
  let r = case n do
    _ -> "any"
    0 -> "zero"
  end
  println(r)
end
