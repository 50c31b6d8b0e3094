# T.from_json for a struct deriving Json (STDLIB.md §5.30): unknown members are ignored, a missing
# or null Option field is None, a missing field is `missing field: <name>`, a wrong type is
# `expected <Type>`, an Int field truncates a JSON float toward zero, a Float field accepts an
# integer, and a parse error gives the Json.parse message.
struct Item do
  name :: String
  qty :: Int
  price :: Float
  note :: Option<String>
end deriving(Eq, Display, Debug, Json)

fn decode(text :: String) do
  println("${Item.from_json(text)}")
end

fn main() do
  decode("""{"name":"pen","qty":3,"price":1.5,"note":"blue"}""")
  decode("""{"extra":[1,2],"price":1.5,"qty":3,"name":"pen"}""")
  decode("""{"name":"pen","qty":3,"price":1.5,"note":null}""")
  decode("""{"name":"pen","price":1.5}""")
  decode("""{"name":"pen","qty":"three","price":1.5}""")
  decode("""{"name":5,"qty":3,"price":1.5}""")
  decode("""{"name":"pen","qty":3,"price":"cheap"}""")
  decode("""{"name":"pen","qty":3.9,"price":2}""")
  decode("""{"name":"pen","qty":-2.7,"price":0.5}""")
  decode("x")
  decode("""{"a" 1}""")
  let item = Item { name: "ink", qty: 2, price: 4.25, note: Some("black") }
  println("${Item.from_json(Json.encode(item)) == Ok(item)}")
  case Item.from_json("""{"name":"cap","qty":1,"price":2}""") do
    Ok(it) -> println(Json.encode(it))
    Err(e) -> println("unexpected: ${e}")
  end
  println(Item.from_json("""{"name":"x","qty":1}""").inspect())
end
