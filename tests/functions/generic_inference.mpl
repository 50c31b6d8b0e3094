fn identity(x) = x

fn pair_up(a, b) = [a, b]

fn main() do
  println("${identity(5)} ${identity("five")} ${identity(true)}")
  println("${pair_up(1, 2)} ${pair_up("a", "b")}")
  println("${List.length(pair_up([1], [2, 3]))}")
end
