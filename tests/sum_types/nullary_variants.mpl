type Color do
  Red
  Green
  Blue
end

fn name(c :: Color) -> String do
  case c do
    Red -> "red"
    Green -> "green"
    Blue -> "blue"
  end
end

fn main() do
  let cs = [Red, Green, Blue]
  println(String.join(List.map(cs, name), ","))
  println("${cs}")
  let g = Green
  println(g.inspect())
  println("${Red == Red} ${Red == Blue} ${Red < Blue} ${Blue < Green}")
end
