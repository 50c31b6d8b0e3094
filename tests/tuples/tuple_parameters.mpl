fn swap((a, b)) = (b, a)

fn describe((0, 0)) = "origin"
fn describe((0, _)) = "on the y axis"
fn describe((_, 0)) = "on the x axis"
fn describe(_) = "elsewhere"

fn main() do
  println("${swap((1, "one"))}")
  println(describe((0, 0)) <> ", " <> describe((0, 5)) <> ", " <> describe((-2, 0)) <> ", " <> describe((1, 1)))
  let sum_pair = fn ((a, b)) -> a + b end
  println("${List.map([(1, 2), (10, 20)], sum_pair)}")
  let add = fn (a, b) -> a + b end
  println("${add(3, 4)}")
end
