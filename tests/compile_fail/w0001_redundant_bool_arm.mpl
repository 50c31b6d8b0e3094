# warning: W0001 redundant match arm (arm 3)
fn main() do
  let b = false
  let r = case b do
    true -> 1
    false -> 0
    _ -> 2
  end
  println("${r}")
end
