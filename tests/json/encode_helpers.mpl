# The string-building helpers encode_string, encode_int, encode_bool, encode_map and encode_list
# (STDLIB.md §5.13); `JSON` and `Json` name the same module (§1.6, §5.13).
fn main() do
  println(Json.encode_string("hi"))
  println(Json.encode_string("a\"b\\c\nd"))
  println(Json.encode_string(""))
  println(Json.encode_int(-42) <> " " <> Json.encode_int(0))
  println(Json.encode_bool(true) <> " " <> Json.encode_bool(false))
  println(Json.encode_map(%{"b" => "1", "a" => "x \"y\""}))
  let em :: Map<String, String> = Map.new()
  println(Json.encode_map(em))
  println(Json.encode_list(["a", "b"]))
  println(Json.encode_list([]))
  println(JSON.encode_int(7) <> " " <> JSON.encode_string("up") <> " " <> JSON.encode_bool(true))
  println(JSON.encode([1, 2]) <> " " <> JSON.encode_list(["z"]) <> " " <> JSON.encode_map(%{"k" => "v"}))
  println("${JSON.parse("[1]")} ${JSON.parse("[1]") == Json.parse("[1]")}")
  println(JSON.get("""{"k": "v"}""", "k") <> " " <> JSON.get_nested("""{"a": {"b": 2}}""", "a", "b"))
end
