# error: E0029 cannot derive `Ord` for `Level` without `Eq`
type Level do
  Low
  High
end deriving(Ord, Display)

fn main() do
  println("level")
end
