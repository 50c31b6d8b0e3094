# The keyword form `%{name: v}` has the String keys "name", … (LANGUAGE.md §3.8, §5.5).
fn main() do
  let person = %{name: "Ada", lang: "Mesh"}
  println("${person}")
  println(person.inspect())
  println(person["name"])
  println("${Map.keys(person)}")
  let same = %{"name" => "Ada", "lang" => "Mesh"}
  println("${person == same}")
  let sizes = %{width: 3, height: 4}
  println("${Map.get(sizes, "width") * Map.get(sizes, "height")}")
  println("${Map.has_key(sizes, "width")} ${Map.get(sizes, "depth")}")
end
