# error: E0035 private item cannot be imported
from Calc import secret

fn main() do
  println("x")
end
