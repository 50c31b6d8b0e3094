fn source() -> List<Int> do
  println("source evaluated")
  [1, 2, 3]
end

fn keep(x :: Int) -> Bool do
  println("filter ${x}")
  x != 2
end

fn main() do
  let out = for x in source() when keep(x) do
    println("body ${x}")
    x * 100
  end
  println("${out}")
end
