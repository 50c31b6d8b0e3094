# error: E0030 no method `to_string` on type `Secret`
# A user `impl Debug` makes the type showable (interpolation uses `inspect`, LANGUAGE.md §7 rule 3)
# but does not provide Display, so `to_string` does not exist (§7.1).
struct Secret do
  value :: String
end deriving()

impl Debug for Secret do
  fn inspect(self) -> String = "Secret(***)"
end

fn main() do
  let s = Secret { value: "x" }
  println("${s} ${s.inspect()}")
  println(s.to_string())
end
