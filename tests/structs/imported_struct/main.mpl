# Qualified struct literals (Beyond) and the unqualified visibility of an imported module's pub
# structs (LANGUAGE.md §5.21, Compatibility); type names print bare (§7.1).
import Geometry

fn main() do
  let a = Geometry.Point { x: 1, y: 2 }
  let b = Point { x: 3, y: 4 }
  let o = Geometry.origin()
  println("${a} ${b} ${o}")
  println("${Geometry.shift(a, 10).x}")
  println("${a == Point { x: 1, y: 2 }} ${o == a}")
end
