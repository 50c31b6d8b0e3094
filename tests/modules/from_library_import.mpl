from String import length, to_upper
from List import map

fn main() do
  println("${length("héllo")} ${map(["a", "b"], to_upper)}")
end
