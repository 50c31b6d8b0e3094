# error: E0002 type alias `Loop` refers to itself
type Loop = List<Loop>

fn main() do
  println("loop")
end
