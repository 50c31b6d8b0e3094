# error: E0034 name not found in module
from Calc import missing

fn main() do
  println("x")
end
