# Nothing imports this module; its impls still apply in every module (LANGUAGE.md §1.2, §5.14).
from Shapes import Circle, Describe

impl Describe for Circle do
  fn describe(self) -> String = "circle of radius ${self.r}"
end

impl Describe for Int do
  fn describe(self) -> String = "the number ${self}"
end
