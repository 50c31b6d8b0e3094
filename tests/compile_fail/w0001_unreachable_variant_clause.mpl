# warning: W0001 unreachable clause (clause 4) of `code/1`
type Color do
  Red
  Green
  Blue
end

fn code(Red) = 1
fn code(Green) = 2
fn code(Blue) = 3
fn code(Red) = 4

fn main() do
  println("${code(Red)}")
end
