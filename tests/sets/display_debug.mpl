fn main() do
  let s = Set.from_list(["x", "y"])
  println("${s}")
  println(s.inspect())
  println(s.to_string())
  let one = Set.add(Set.new(), "x")
  println(one.inspect())
  let e :: Set<String> = Set.new()
  println(e.inspect())
  let q = Set.from_list(["say \"hi\""])
  println("${q} ${q.inspect()}")
  let opts = Set.from_list([Some(1), None])
  println("${opts} ${Set.contains(opts, None)}")
  let nested = [Set.from_list([1]), Set.new()]
  println("${nested}")
end
