# error: E0038 field `on_save` of type `Fun(Int) -> Int` is not JSON-serializable
# Functions are not serialisable, so a struct deriving Json cannot have a function field
# (LANGUAGE.md §5.13, STDLIB.md §6.4).
struct Hook do
  name :: String
  on_save :: Fun(Int) -> Int
end deriving(Json)

fn main() do
  println("hook")
end
