# error: E0028 cannot derive `Default` for `Mode`
# Default is a trait but not a derivable one (LANGUAGE.md §5.13).
type Mode do
  Fast
  Slow
end deriving(Eq, Default)

fn main() do
  println("mode")
end
