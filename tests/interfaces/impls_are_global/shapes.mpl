pub struct Circle do
  r :: Int
end

pub interface Describe do
  fn describe(self) -> String
end
