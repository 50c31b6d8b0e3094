# Json.encode of plain values (STDLIB.md §5.13, §6.4, Beyond): Ints, Floats always with a fraction
# (`3.0`) and never in exponent form, NaN and infinities as null, Bools, string escapes, unit,
# Option, List, Set, tuples, Map<String, V>, atoms and nested combinations; compact output.
fn main() do
  println(Json.encode(42) <> " " <> Json.encode(-7))
  println(Json.encode(3.0) <> " " <> Json.encode(95.5) <> " " <> Json.encode(0.1 + 0.2))
  println(Json.encode(1.0e21) <> " " <> Json.encode(1.0e-7) <> " " <> Json.encode(-0.0))
  println(Json.encode(Math.sqrt(-1.0)) <> " " <> Json.encode(1.0 / 0.0) <> " " <> Json.encode(-1.0 / 0.0))
  println(Json.encode(true) <> " " <> Json.encode(false))
  println(Json.encode("plain"))
  println(Json.encode("q\"b\\s\nn\tt\rr/é\0z"))
  println(Json.encode(()))
  let none :: Option<Int> = None
  println(Json.encode(Some(5)) <> " " <> Json.encode(none))
  let empty :: List<Int> = []
  println(Json.encode([1, 2, 3]) <> " " <> Json.encode(["a", "b"]) <> " " <> Json.encode(empty))
  println(Json.encode([1.0, 2.5]))
  println(Json.encode(Set.from_list([3, 1, 3])))
  println(Json.encode((1, "a", true)))
  println(Json.encode(%{"b" => 1, "a" => 2}))
  println(Json.encode(%{name: "Ada", role: "admin"}))
  let em :: Map<String, Int> = Map.new()
  println(Json.encode(em))
  println(Json.encode(:ok))
  println(Json.encode([Some(1.5), None]))
  println(Json.encode(%{"users" => [%{"name" => "a"}], "admins" => []}))
  println(Json.encode([(1, 2.0), (3, 4.5)]))
  println(Json.encode(%{"t" => (Some("x"), [true])}))
  println(Json.encode([[], [[1]]]))
end
