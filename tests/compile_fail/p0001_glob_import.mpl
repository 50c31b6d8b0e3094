# error: P0001 glob imports are not allowed; import names explicitly
from Calc import *

fn main() do
  println("x")
end
