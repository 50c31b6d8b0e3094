fn main() do
  let groups = %{"odd" => [1, 3], "even" => [2]}
  println("groups: ${groups}")
  let list_of_maps = [%{"a" => 1}, %{}]
  println("${list_of_maps}")
  let opt = Some(%{1 => "x"})
  println("${opt}")
  println(opt.inspect())
  let pair = (%{"k" => 1.5}, "t")
  println("${pair}")
  println(pair.inspect())
  let floats = %{0.5 => 2.0, -1.25 => 0.1 + 0.2}
  println("${floats}")
  let deep = %{"outer" => %{"inner" => ["v"]}}
  println("${deep}")
  println(deep.inspect())
end
