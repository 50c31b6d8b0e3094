# Add, Sub, Mul, Div, Mod and Neg for one user type, with the usual precedence (`*` before `+`,
# prefix `-` tightest) (LANGUAGE.md §3.9, §5.5, §5.12). Int `/` truncates and `%` takes the sign
# of the dividend (§6.3).
struct V do
  x :: Int
  y :: Int
end deriving(Eq, Display)

impl Add for V do
  type Output = V
  fn add(self, o :: V) -> V = V { x: self.x + o.x, y: self.y + o.y }
end

impl Sub for V do
  type Output = V
  fn sub(self, o :: V) -> V = V { x: self.x - o.x, y: self.y - o.y }
end

impl Mul for V do
  type Output = V
  fn mul(self, o :: V) -> V = V { x: self.x * o.x, y: self.y * o.y }
end

impl Div for V do
  type Output = V
  fn div(self, o :: V) -> V = V { x: self.x / o.x, y: self.y / o.y }
end

impl Mod for V do
  type Output = V
  fn mod(self, o :: V) -> V = V { x: self.x % o.x, y: self.y % o.y }
end

impl Neg for V do
  type Output = V
  fn neg(self) -> V = V { x: -self.x, y: -self.y }
end

fn main() do
  let a = V { x: 7, y: -9 }
  let b = V { x: 2, y: 4 }
  println("${a + b} ${a - b} ${a * b}")
  println("${a / b} ${a % b} ${-a}")
  println("${a + b * b} ${(a + b) * b} ${-a + b}")
  println("${--a == a}")
end
