fn main() do
  let y = 10
  let id = fn x -> x end
  let pair = fn a -> [a, a] end
  let show = fn v -> "<${v}>" end
  let wrap = fn v -> fn -> show(v) end end
  println("${id(1)} ${id("s")} ${pair(2.5)} ${pair("x")} ${show(y)} ${show([1])}")
  let ws = [1, 2] |> List.map(fn n -> id(n) + y end)
  println("${ws} ${wrap(3)()} ${wrap("q")()}")
end
