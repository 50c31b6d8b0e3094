fn main() do
  let ops = %{"inc" => fn x -> x + 1 end, "dbl" => fn x -> x * 2 end}
  let f = Map.get(ops, "dbl")
  println("${f(21)} ${ops["inc"](1)}")
  case Map.fetch(ops, "neg") do
    Some(g) -> println("${g(1)}")
    None -> println("no neg")
  end
  println("${Map.size(ops)} ${Map.keys(ops)}")
  let applied = for {name, op} in ops do "${name}:${op(10)}" end
  println("${applied}")
end
