fn grade(score :: Int) -> String do
  if score >= 90 do
    "A"
  else if score >= 80 do
    "B"
  else
    "C"
  end
end

fn make_adder(n :: Int) -> Fun(Int) -> Int do
  fn(x) -> x + n end
end

fn main() do
  let total = 1 +
    2 +
    3
  let add5 = make_adder(5)
  println(grade(95) <> grade(85) <> grade(10))
  println("${total} ${add5(total)}")
  let lengths = ["a", "bb", "ccc"]
    |> List.map(fn w -> String.length(w) end)
  println("${lengths}")
  if String.contains("mesh", "es") do
    println("contains")
  end
end
