# error: E0031 ambiguous module qualifier `Util`
import Front.Util
import Back.Util

fn main() do
  println(Util.name())
end
