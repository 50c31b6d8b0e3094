fn run(words :: List<String>) -> String do
  case words do
    [] -> "nothing to do"
    ["help"] -> "usage: add <n>..."
    [cmd | args] when cmd == "add" -> "sum ${total(args)}"
    [cmd | _] -> "unknown command: ${cmd}"
  end
end

fn total(args :: List<String>) -> Int do
  case args do
    [] -> 0
    [a | rest] ->
      case String.to_int(a) do
        Some(n) -> n + total(rest)
        None -> total(rest)
      end
  end
end

fn main() do
  println(run([]))
  println(run(["help"]))
  println(run(String.split("add 1 2 x 39", " ")))
  println(run(["remove", "1"]))
  println(run(["help", "me"]))
end
