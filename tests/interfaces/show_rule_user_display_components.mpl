# Components are rendered with show inside Display/show renderings, so a user Display is used for
# list, Option, tuple and Result elements, for the fields of a derived Display, and for the fields
# in the plain Debug form of a struct without Display; inside inspect() components use Debug
# (LANGUAGE.md §7, §7.1).
struct Temp do
  degrees :: Int
end

impl Display for Temp do
  fn to_string(self) -> String = "${self.degrees}°C"
end

struct Reading do
  place :: String
  temp :: Temp
end

struct Pair do
  left :: Temp
  right :: Temp
end deriving(Display)

fn main() do
  let t = Temp { degrees: 21 }
  let r = Reading { place: "Oslo", temp: t }
  let ok :: Result<Temp, String> = Ok(t)
  println("${[t, Temp { degrees: -3 }]}")
  println("${Some(t)} ${(t, 1)} ${ok}")
  println("${r}")
  println(r.inspect())
  println("${Pair { left: t, right: Temp { degrees: 0 } }}")
  println([t].inspect())
end
