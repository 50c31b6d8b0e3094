# A missing key gives the Default of the value type (STDLIB.md §5.6, §4; LANGUAGE.md §5.12).
fn main() do
  let floats :: Map<String, Float> = Map.new()
  let strings :: Map<String, String> = %{"a" => "x"}
  let bools :: Map<Int, Bool> = %{1 => true}
  let lists :: Map<String, List<Int>> = Map.new()
  let options :: Map<String, Option<Int>> = %{"a" => Some(1)}
  let units :: Map<String, ()> = Map.new()
  let maps :: Map<String, Map<String, Int>> = Map.new()
  let sets :: Map<String, Set<Int>> = Map.new()
  let tuples :: Map<String, (Int, String, Bool)> = Map.new()
  println("float: ${Map.get(floats, "k")}")
  println("string: [${Map.get(strings, "k")}]")
  println("bool: ${Map.get(bools, 2)}")
  println("list: ${Map.get(lists, "k")}")
  println("option: ${Map.get(options, "k")}")
  println("unit: ${Map.get(units, "k")}")
  println("map: ${Map.get(maps, "k")}")
  println("set: ${Map.get(sets, "k")}")
  println("tuple: ${Map.get(tuples, "k").inspect()}")
  println("sizes: ${Map.size(floats)} ${Map.size(strings)} ${Map.size(lists)}")
end
