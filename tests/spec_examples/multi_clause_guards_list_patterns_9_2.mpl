fn fact(0) = 1
fn fact(n) = n * fact(n - 1)

fn classify(n) when n < 0 = "negative"
fn classify(0) = "zero"
fn classify(n) when n < 10 = "small"
fn classify(_) = "large"

fn len([]) = 0
fn len([_ | rest]) = 1 + len(rest)

fn main() do
  println("${fact(20)}")
  let labels = List.map([-5, 0, 7, 42], classify)
  println(String.join(labels, ", "))
  println("${len([10, 20, 30])}")
end
