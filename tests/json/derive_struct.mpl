# deriving(Json) on a struct: Json.encode gives an object with one member per field in declaration
# order (not literal order), Option fields as null or the value, nested deriving types, lists and
# Map<String, V> fields encoded recursively (STDLIB.md §6.4, LANGUAGE.md §5.13).
struct Address do
  city :: String
  zip :: Option<String>
end deriving(Json)

struct User do
  name :: String
  age :: Int
  score :: Float
  active :: Bool
  email :: Option<String>
  tags :: List<String>
  address :: Address
  prefs :: Map<String, Int>
end deriving(Json)

fn main() do
  let home = Address { city: "Oslo", zip: None }
  println(Json.encode(home))
  let work = Address { zip: Some("5003"), city: "Bergen" }
  let u = User { prefs: %{"theme" => 2}, name: "Ada", age: 36, score: 95.5, active: true, email: Some("ada@example.com"), tags: ["x", "y"], address: work }
  println(Json.encode(u))
  let v = %{u | email: None, score: 80.0, tags: [], name: "Al \"B\""}
  println(Json.encode(v))
  println(Json.encode([home, work]))
  println(Json.encode(%{"home" => home}))
  println(Json.encode(Some(home)))
  println(Json.encode((home, 1)))
end
