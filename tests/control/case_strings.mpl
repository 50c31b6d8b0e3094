fn color(s :: String) -> Int do
  case s do
    "red" -> 1
    "green" -> 2
    "" -> 0
    other -> String.length(other) * 100
  end
end

fn main() do
  println("${color("red")} ${color("green")} ${color("")} ${color("blue")} ${color("Red")}")
end
