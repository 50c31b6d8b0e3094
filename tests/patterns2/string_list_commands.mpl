fn parse(words :: List<String>) -> String do
  case words do
    ["go", dir] -> "going ${dir}"
    ["take" | items] when items != [] -> "taking ${String.join(items, " and ")}"
    ["look"] | ["l"] -> "looking"
    _ -> "huh?"
  end
end

fn main() do
  println(parse(["go", "north"]))
  println(parse(String.split("take lamp key", " ")))
  println(parse(["take"]))
  println(parse(["l"]))
  println(parse(["look"]))
  println(parse(["dance"]))
end
