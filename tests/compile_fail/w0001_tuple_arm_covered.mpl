# warning: W0001 redundant match arm (arm 3)
fn main() do
  let t = (true, false)
  let s = case t do
    (true, _) -> "first"
    (false, _) -> "not first"
    (_, true) -> "second"
  end
  println(s)
end
