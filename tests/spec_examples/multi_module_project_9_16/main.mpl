from Geometry.Shapes import Shape, area
import Util.TextTools

fn main() do
  println(TextTools.banner("shapes"))
  let shapes = [Square(3), Circle(2)]
  for s in shapes do
    println("${s} has area ${area(s)}")
  end
  println(Util.TextTools.banner("done"))
end
