fn describe(xs :: List<Int>) -> String do
  case xs do
    [] -> "empty"
    [x] -> "one: ${x}"
    [(0 | 1) as first, _] -> "two, starting with bit ${first}"
    [a, b | rest] -> "${a}, ${b} and ${List.length(rest)} more"
  end
end

fn first_word(s :: String) -> Option<String> do
  case String.split(s, " ") do
    w :: _ when w != "" -> Some(w)
    _ -> None
  end
end

fn main() do
  println(describe([]))
  println(describe([7]))
  println(describe([1, 9]))
  println(describe([5, 6, 7, 8]))
  println("${first_word("hello big world")} ${first_word("")}")
end
