# T.from_json with Bool, List, Map, nested struct and Option<struct> fields (STDLIB.md §5.30): a
# wrong type is `expected Bool` / `expected List` / `expected Map` / `expected <nested type name>`,
# and the nested struct follows the same rules as the outer one.
struct Point do
  x :: Int
  y :: Int
end deriving(Eq, Display, Json)

struct Config do
  debug :: Bool
  tags :: List<String>
  limits :: Map<String, Int>
  origin :: Point
  backup :: Option<Point>
end deriving(Eq, Display, Json)

fn decode(text :: String) do
  println("${Config.from_json(text)}")
end

fn main() do
  decode("""{"debug":true,"tags":["x","y"],"limits":{"cpu":2,"mem":512},"origin":{"x":1,"y":2}}""")
  decode("""{"debug":false,"tags":[],"limits":{},"origin":{"y":0,"x":0},"backup":{"x":5,"y":-1}}""")
  decode("""{"debug":"yes","tags":[],"limits":{},"origin":{"x":0,"y":0}}""")
  decode("""{"debug":true,"tags":"x","limits":{},"origin":{"x":0,"y":0}}""")
  decode("""{"debug":true,"tags":[],"limits":[1],"origin":{"x":0,"y":0}}""")
  decode("""{"debug":true,"tags":[],"limits":{},"origin":5}""")
  decode("""{"debug":true,"tags":[],"limits":{},"origin":{"x":1}}""")
  decode("""{"debug":true,"limits":{},"origin":{"x":0,"y":0}}""")
  let c = Config { debug: true, tags: ["a"], limits: %{"n" => 1}, origin: Point { x: 3, y: 4 }, backup: None }
  let text = Json.encode(c)
  println(text)
  println("${Config.from_json(text) == Ok(c)}")
end
