fn main() do
  let a = %{"a" => 1}
  println(a.inspect())
  let words = %{1 => "one", 2 => "two"}
  println("${words}")
  println(words.inspect())
  let nested = %{"xs" => ["p", "q"], "ys" => []}
  println("${nested}")
  println(nested.inspect())
  let empty :: Map<String, String> = Map.new()
  println(empty.inspect())
  let escaped = %{"quote\"d" => "tab\there"}
  println(escaped.inspect())
  let opts = %{"some" => Some("x"), "none" => None}
  println("${opts}")
  println(opts.inspect())
  let atoms = %{:ok => "yes"}
  println("${atoms} ${atoms.inspect()}")
end
