# error: E0029 cannot derive `Ord` for `Score` without `Eq`
struct Score do
  points :: Int
end deriving(Debug, Ord)

fn main() do
  println("score")
end
