# The legacy flat aliases json_parse, json_encode, json_encode_string, json_encode_int,
# json_encode_bool, json_encode_map and json_encode_list are the Json functions (STDLIB.md §3.3).
fn main() do
  println("${json_parse("{\"a\": [1, true]}")} ${json_parse("[1,]")}")
  println(json_encode(%{"n" => [1.0, 2.5]}))
  println(json_encode_string("q\"") <> " " <> json_encode_int(12) <> " " <> json_encode_bool(false))
  println(json_encode_map(%{"k" => "v"}) <> " " <> json_encode_list(["a", "b"]))
end
