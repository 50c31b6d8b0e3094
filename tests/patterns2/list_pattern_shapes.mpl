fn shape(xs :: List<String>) -> String do
  case xs do
    [] -> "none"
    [a] -> "one: ${a}"
    [a, b] -> "two: ${a} ${b}"
    [a, _, c] -> "three: ${a} .. ${c}"
    [a, b, c | rest] -> "many: ${a} ${b} ${c} +${List.length(rest)}"
  end
end

fn main() do
  println(shape([]))
  println(shape(["x"]))
  println(shape(["x", "y"]))
  println(shape(["x", "y", "z"]))
  println(shape(["a", "b", "c", "d", "e"]))
end
