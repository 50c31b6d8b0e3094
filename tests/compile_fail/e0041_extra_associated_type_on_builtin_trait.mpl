# error: E0041 impl `Neg` for `Money` provides associated type `Item` which is not declared by the trait
# Neg declares only `Output` (LANGUAGE.md §5.12, §5.14).
struct Money do
  cents :: Int
end

impl Neg for Money do
  type Output = Money
  type Item = Int
  fn neg(self) -> Money = Money { cents: 0 - self.cents }
end

fn main() do
  println("x")
end
