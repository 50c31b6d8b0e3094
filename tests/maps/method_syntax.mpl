# `m.f(args)` is `Map.f(m, args)` for a receiver of type Map (STDLIB.md §1.6).
fn main() do
  let m = %{"k" => 1}
  println("${m.get("k")} ${m.get("q")}")
  let m2 = m.put("j", 2).put("k", 3)
  println("${m2} ${m2.size()}")
  println("${m2.keys()} ${m2.values()}")
  println("${m2.has_key("j")} ${m2.delete("j")}")
  println("${m2.to_list()}")
  println("${m2.fetch("j")} ${m2.get_or("x", 9)}")
  println("${m2.merge(%{"z" => 26})}")
  println(m2.to_string())
  println(m2.inspect())
  println("${m2.hash() == m2.put("j", 2).hash()}")
end
