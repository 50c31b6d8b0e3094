# error: E0038 field `owner` of type `Pid` is not JSON-serializable
# error: E0038 field `outcome` of type `Result<Int, String>` is not JSON-serializable
# `Pid` and `Result` are not serialisable (STDLIB.md §6.4); every offending field is reported, in
# source order (LANGUAGE.md §8.1), while the serialisable fields around them are accepted.
# Interpretation: types print in source syntax (§8.1), so the untyped pid is `Pid` and the result
# type is spelled `Result<Int, String>`.
struct Task do
  id :: Int
  owner :: Pid
  label :: Option<String>
  outcome :: Result<Int, String>
end deriving(Json)

fn main() do
  println("task")
end
