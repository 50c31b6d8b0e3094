import Safe

fn main() do
  println("${Safe.ratio(10, 5)}")
  println("${Safe.ratio(1, 0)}")
end
