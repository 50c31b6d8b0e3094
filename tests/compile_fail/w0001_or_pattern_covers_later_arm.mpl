# warning: W0001 redundant match arm (arm 3)
type Color do
  Red
  Green
  Blue
end

fn warm(c :: Color) -> Bool do
  case c do
    Red | Green -> true
    Blue -> false
    Green -> false
  end
end

fn main() do
  println("${warm(Blue)}")
end
