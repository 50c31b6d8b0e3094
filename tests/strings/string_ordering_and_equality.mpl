# `\u` is not an escape (§2.8): "\u{41}" is the text u{41}; its braces must not confuse interpolation.
fn main() do
  let a = "mesh"
  let b = "me" <> "sh"
  println("${a == b} ${a != b} ${a < "meshes"} ${"Mesh" < a} ${"" == ""}")
  println("${"\u{41}" == "u{41}"} ${String.length("\u{41}")}")
end
