from Traits import Describe

impl Describe for Int do
  fn describe(self) -> String = "first"
end
