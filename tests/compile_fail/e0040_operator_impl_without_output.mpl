# error: E0040 impl `Add` for `Money` is missing associated type `Output`
# The operator traits declare `type Output` (LANGUAGE.md §5.12, §5.14).
# Interpretation: without the binding the method signature is not reported again (E0008), since
# one mistake produces one diagnostic (§5.3 rule 8).
struct Money do
  cents :: Int
end

impl Add for Money do
  fn add(self, other :: Money) -> Money = Money { cents: self.cents + other.cents }
end

fn main() do
  println("x")
end
