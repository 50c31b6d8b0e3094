# error: E0031 module not found
# error: E0031 module not found
# A failed import is reported once; its uses add no further errors.
from Nowhere import f
import Geometri

fn main() do
  println("${f(1)} ${Geometri.area(2)}")
end
