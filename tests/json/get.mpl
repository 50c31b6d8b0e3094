# Json.get / Json.get_nested return a top-level (or second-level) member as text: a string
# unquoted, a number as its JSON text, true/false, arrays and objects as compact JSON; a missing
# key, null, a non-object source or invalid JSON give "" (STDLIB.md §5.13). Beyond: the source may
# be a parsed Json value.
fn show(label :: String, value :: String) do
  println("${label}=[${value}]")
end

fn main() do
  let src = """{"name":"Ada","age":36,"score":3.5,"whole":3.0,"ok":true,"off":false,"nothing":null,"tags":["a", "b"],"meta":{"k":"v", "n":1, "deep":{"z":[]}}}"""
  show("name", Json.get(src, "name"))
  show("age", Json.get(src, "age"))
  show("score", Json.get(src, "score"))
  show("whole", Json.get(src, "whole"))
  show("ok", Json.get(src, "ok") <> "," <> Json.get(src, "off"))
  show("nothing", Json.get(src, "nothing"))
  show("tags", Json.get(src, "tags"))
  show("meta", Json.get(src, "meta"))
  show("missing", Json.get(src, "missing"))
  show("array", Json.get("[1, 2]", "name"))
  show("invalid", Json.get("{oops", "name"))
  show("empty", Json.get("", "name"))
  show("k", Json.get_nested(src, "meta", "k"))
  show("n", Json.get_nested(src, "meta", "n"))
  show("deep", Json.get_nested(src, "meta", "deep"))
  show("meta.missing", Json.get_nested(src, "meta", "missing"))
  show("name.k", Json.get_nested(src, "name", "k"))
  show("tags.k", Json.get_nested(src, "tags", "k"))
  show("absent.k", Json.get_nested(src, "absent", "k"))
  show("escaped", Json.get("""{"s":"line\\nnext \\"q\\""}""", "s"))
  case Json.parse(src) do
    Ok(j) -> show("value", Json.get(j, "name") <> " " <> Json.get(j, "tags") <> " " <> Json.get_nested(j, "meta", "n"))
    Err(e) -> println(e)
  end
end
