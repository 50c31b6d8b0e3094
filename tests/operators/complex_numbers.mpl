# Float-valued operator impls with a user Display (LANGUAGE.md §5.12; Float text §7.2: `-1` for
# -1.0, `0` for 0.0).
struct Complex do
  re :: Float
  im :: Float
end deriving(Eq)

impl Display for Complex do
  fn to_string(self) -> String do
    if self.im < 0.0 do "${self.re}-${-self.im}i" else "${self.re}+${self.im}i" end
  end
end

impl Add for Complex do
  type Output = Complex
  fn add(self, o :: Complex) -> Complex = Complex { re: self.re + o.re, im: self.im + o.im }
end

impl Mul for Complex do
  type Output = Complex
  fn mul(self, o :: Complex) -> Complex do
    Complex { re: self.re * o.re - self.im * o.im, im: self.re * o.im + self.im * o.re }
  end
end

impl Neg for Complex do
  type Output = Complex
  fn neg(self) -> Complex = Complex { re: -self.re, im: -self.im }
end

fn main() do
  let i = Complex { re: 0.0, im: 1.0 }
  let z = Complex { re: 1.5, im: -2.0 }
  println("${i * i}")
  println("${z + i} ${z * z} ${-z}")
  println("${i * i == Complex { re: -1.0, im: 0.0 }}")
end
