pub type Color do
  Red
  Green
  Blue
end

pub fn warm(c :: Color) -> Bool do
  case c do
    Red -> true
    _ -> false
  end
end
