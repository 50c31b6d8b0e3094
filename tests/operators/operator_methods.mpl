# The operator traits' methods can be called directly, on user types and on the built-in Int and
# Float impls, and qualified through the trait (LANGUAGE.md §5.12, §5.15 step 2: built-in impls).
struct Num do
  v :: Int
end deriving(Display)

impl Add for Num do
  type Output = Num
  fn add(self, other :: Num) -> Num = Num { v: self.v + other.v }
end

impl Neg for Num do
  type Output = Num
  fn neg(self) -> Num = Num { v: 0 - self.v }
end

fn main() do
  let a = Num { v: 5 }
  let b = Num { v: 8 }
  println("${a.add(b)} ${a.neg()} ${Add.add(a, b)}")
  println("${3.add(4)} ${2.5.mul(2.0)} ${10.sub(15)} ${7.neg()}")
end
