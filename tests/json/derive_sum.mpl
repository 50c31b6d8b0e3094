# deriving(Json) on a sum type: `{"tag":"<Variant>","fields":[<payload>…]}`, `"fields":[]` for a
# variant without payload (STDLIB.md §6.4); T.from_json reads the same shape, accepts an integer
# for a Float payload, and rejects an unknown tag with `unknown variant: <tag>` (§5.30).
type Shape do
  Circle(Float)
  Rect(Float, Float)
  Labeled(String, Option<Int>)
  Empty
end deriving(Eq, Display, Json)

struct Drawing do
  title :: String
  shapes :: List<Shape>
end deriving(Json)

fn decode(text :: String) do
  println("${Shape.from_json(text)}")
end

fn main() do
  println(Json.encode(Circle(3.5)))
  println(Json.encode(Rect(2.0, 1.5)))
  println(Json.encode(Labeled("a", None)) <> " " <> Json.encode(Labeled("b", Some(7))))
  println(Json.encode(Empty))
  println(Json.encode([Circle(1.0), Empty]))
  println(Json.encode(Drawing { title: "d", shapes: [Rect(1.0, 0.5)] }))
  decode("""{"tag":"Rect","fields":[2,3.5]}""")
  decode("""{"tag":"Empty","fields":[]}""")
  decode("""{"fields":["x",4],"tag":"Labeled"}""")
  decode("""{"tag":"Labeled","fields":["y",null]}""")
  decode("""{"tag":"Triangle","fields":[]}""")
  decode("x")
  let c = Circle(0.25)
  println("${Shape.from_json(Json.encode(c)) == Ok(c)}")
end
