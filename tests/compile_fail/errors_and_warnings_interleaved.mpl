# warning: W0001 redundant match arm (arm 2)
# error: E0001 expected Int, found String
fn main() do
  let r = case 1 do
    _ -> 0
    1 -> 1
  end
  let x :: Int = "r"
  println("${r} ${x}")
end
