struct Point do
  x :: Int
end

fn main() do
  let m = %{"a" => 1, "b" => 2}
  println("${Map.fetch(m, "a")} ${Map.fetch(m, "z")}")
  case Map.fetch(m, "b") do
    Some(v) -> println("b is ${v}")
    None -> println("no b")
  end
  case m.fetch("q") do
    Some(v) -> println("q is ${v}")
    None -> println("no q")
  end
  let zeros = %{"zero" => 0}
  println("${Map.fetch(zeros, "zero")} ${Map.get(zeros, "zero")} ${Map.get(zeros, "nope")}")
  let names = %{1 => "one"}
  println(Map.fetch(names, 1).inspect())
  let points = %{"p" => Point { x: 3 }}
  println("${Map.fetch(points, "nope")} ${Map.fetch(points, "p")}")
end
