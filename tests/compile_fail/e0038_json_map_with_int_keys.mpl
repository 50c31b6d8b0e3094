# error: E0038 field `counts` of type `Map<Int, String>` is not JSON-serializable
# Only `Map<String, X>` fields are serialisable; maps with other key types are not (LANGUAGE.md
# §5.13, STDLIB.md §6.4).
struct Stats do
  names :: Map<String, Int>
  counts :: Map<Int, String>
end deriving(Json)

fn main() do
  println("stats")
end
