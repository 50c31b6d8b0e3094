# warning: W0001 redundant match arm (arm 3)
fn main() do
  let s = "b"
  let r = case s do
    "a" -> 1
    "b" -> 2
    "a" -> 3
    _ -> 4
  end
  println("${r}")
end
