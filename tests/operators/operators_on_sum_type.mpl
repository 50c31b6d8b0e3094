# Operator impls for a sum type; prefix `-` on a nullary variant uses Neg (LANGUAGE.md §5.5).
type Amount do
  Finite(Int)
  Infinite
end deriving(Eq, Display)

impl Add for Amount do
  type Output = Amount
  fn add(self, other :: Amount) -> Amount do
    case (self, other) do
      (Finite(a), Finite(b)) -> Finite(a + b)
      _ -> Infinite
    end
  end
end

impl Neg for Amount do
  type Output = Amount
  fn neg(self) -> Amount do
    case self do
      Finite(a) -> Finite(-a)
      Infinite -> Infinite
    end
  end
end

fn main() do
  println("${Finite(2) + Finite(3)} ${Finite(2) + Infinite} ${-Finite(4)} ${-Infinite}")
  let total = reduce([Finite(1), Finite(2), Finite(3)], Finite(0), fn acc, x -> acc + x end)
  println("${total} ${total == Finite(6)}")
end
