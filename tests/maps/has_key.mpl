fn main() do
  let m = %{"a" => 0, "b" => 2}
  println("${Map.has_key(m, "a")} ${Map.has_key(m, "c")}")
  println("${m.has_key("b")} ${Map.has_key(Map.delete(m, "b"), "b")}")
  let e :: Map<Int, Int> = Map.new()
  println("${Map.has_key(e, 0)}")
  let flags = %{true => "yes"}
  println("${Map.has_key(flags, true)} ${Map.has_key(flags, false)}")
  let after_get = Map.get(m, "c")
  println("${after_get} ${Map.has_key(m, "c")} ${Map.size(m)}")
end
