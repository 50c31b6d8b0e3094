import Util.TextTools

fn main() do
  println(TextTools.banner("short"))
  println(Util.TextTools.banner("full"))
end
