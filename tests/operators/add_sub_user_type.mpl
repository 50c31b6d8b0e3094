# `impl Add` / `impl Sub` with `type Output` make `+` / `-` work on a user type; chains are
# left-associative (LANGUAGE.md §5.5, §5.12).
struct Money do
  cents :: Int
end deriving(Eq, Display)

impl Add for Money do
  type Output = Money
  fn add(self, other :: Money) -> Money = Money { cents: self.cents + other.cents }
end

impl Sub for Money do
  type Output = Money
  fn sub(self, other :: Money) -> Money = Money { cents: self.cents - other.cents }
end

fn main() do
  let a = Money { cents: 250 }
  let b = Money { cents: 100 }
  println("${a + b}")
  println("${a - b - b}")
  println("${a + b + a}")
  println("${b - a}")
  println("${a + b == Money { cents: 350 }}")
end
