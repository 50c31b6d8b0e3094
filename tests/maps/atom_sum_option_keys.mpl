type Color do
  Red
  Green
  Rgb(Int, Int, Int)
end deriving(Eq, Hash, Debug)

fn main() do
  let statuses = %{:ok => 1, :error => 2}
  println("${statuses}")
  println(statuses.inspect())
  println("${statuses[:error]} ${statuses[:missing]}")
  let colors = %{Red => "r", Rgb(0, 0, 0) => "black"}
  println(colors[Rgb(0, 0, 0)])
  println("${Map.has_key(colors, Green)} ${Map.has_key(colors, Red)}")
  println("${colors}")
  let opts = %{None => 0, Some(1) => 1}
  println("${opts[Some(1)]} ${opts[None]} ${Map.has_key(opts, Some(2))}")
end
