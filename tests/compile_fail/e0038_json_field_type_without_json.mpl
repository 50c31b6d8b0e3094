# error: E0038 field `inner` of type `Inner` is not JSON-serializable
# A field of a user type must itself implement ToJson, i.e. derive Json (LANGUAGE.md §5.13);
# `Inner` has only the default derives.
struct Inner do
  n :: Int
end

struct Outer do
  inner :: Inner
  items :: List<Int>
end deriving(Json)

fn main() do
  println("outer")
end
