# A Json value displays (and inspects) as compact JSON text, object members in document order, at
# any depth (STDLIB.md §6.1, §6.2); Json.encode of a Json value is the same text (§6.4); Json
# equality is structural (§4).
fn doc(text :: String) -> Json do
  case Json.parse(text) do
    Ok(j) -> j
    Err(_) -> doc("null")
  end
end

fn main() do
  let j = doc("""{ "a" : [1, 2.5],  "b" : {"c": null, "d": "x y"} }""")
  println("${j}")
  println(j.to_string())
  println(j.inspect())
  println(Json.encode(j))
  println("${[j, doc("true")]}")
  println("${Some(doc("\"s\""))} ${%{"k" => doc("[]")}}")
  println("${doc("\"\\u00e9\\t\"")}")
  println(Json.encode([doc("1"), doc("{}")]))
  println(Json.encode(%{"raw" => doc("""{"z": 0, "y": 1}""")}))
  println("${doc("[1, 2]") == doc("[1,2]")} ${doc("[1, 2]") == doc("[2, 1]")} ${doc("{\"a\": 1}") != doc("{\"a\": 2}")}")
  println("${doc("\"x\"") == doc("\"x\"")} ${doc("null") == doc("false")}")
end
