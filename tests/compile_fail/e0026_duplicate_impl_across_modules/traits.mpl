pub interface Describe do
  fn describe(self) -> String
end
