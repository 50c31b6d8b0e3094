# error: E0028 cannot derive `Show` for `Point`
struct Point do
  x :: Int
end deriving(Eq, Show)

fn main() do
  println("point")
end
