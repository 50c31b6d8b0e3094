# `impl Add for Pair where A: Add, B: Add`: inside the impl `self.a + other.a` has type `A`
# (LANGUAGE.md §5.5, type parameters); the impl applies to nested instantiations.
struct Pair<A, B> do
  a :: A
  b :: B
end deriving(Display)

impl Add for Pair where A: Add, B: Add do
  type Output = Pair<A, B>
  fn add(self, other :: Pair<A, B>) -> Pair<A, B> = Pair { a: self.a + other.a, b: self.b + other.b }
end

fn main() do
  let p = Pair { a: 1, b: 0.5 } + Pair { a: 2, b: 0.25 }
  println("${p}")
  let q = Pair { a: Pair { a: 1, b: 1 }, b: 10 } + Pair { a: Pair { a: 2, b: 3 }, b: -10 }
  println("${q}")
end
