# A user operator evaluates the left operand, then the right operand, then calls the impl with the
# left operand as `self` (LANGUAGE.md §6.2); `a + b + c` is `(a + b) + c`.
struct Log do
  text :: String
end deriving(Display)

impl Add for Log do
  type Output = Log
  fn add(self, other :: Log) -> Log do
    println("add ${self.text} + ${other.text}")
    Log { text: self.text <> other.text }
  end
end

fn make(s :: String) -> Log do
  println("make ${s}")
  Log { text: s }
end

fn main() do
  let r = make("a") + make("b") + make("c")
  println("${r}")
end
