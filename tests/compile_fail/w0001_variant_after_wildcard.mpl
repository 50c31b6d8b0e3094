# warning: W0001 redundant match arm (arm 3)
type Color do
  Red
  Green
end

fn main() do
  let n = case Green do
    Red -> 1
    _ -> 2
    Green -> 3
  end
  println("${n}")
end
