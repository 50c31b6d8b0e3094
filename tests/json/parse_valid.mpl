# Json.parse accepts one RFC 8259 value with surrounding white space; the Ok value displays as
# compact JSON (STDLIB.md §5.13, §6.1); a repeated object key keeps its first position and its
# last value; Debug of a Json value is the same text.
fn main() do
  let doc = """{"a": [1, 2.5, true, null], "b": "hi"}"""
  println("${Json.parse(doc)}")
  println("${Json.parse("  [ ]  ")} ${Json.parse("{}")} ${Json.parse("\n\t42\r\n")}")
  println("${Json.parse("-7")} ${Json.parse("2.5")} ${Json.parse("true")} ${Json.parse("null")}")
  println("${Json.parse("9223372036854775807")}")
  println("${Json.parse("\"hi\"")}")
  let dup = """{"k": 1, "j": 2, "k": 3}"""
  println("${Json.parse(dup)}")
  let nested = """{"outer": {"inner": [{}, [], {"z": false}]}}"""
  println("${Json.parse(nested)}")
  let multi = "{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}\n"
  println("${Json.parse(multi)}")
  let escapes = """["a\\nb", "\\u00e9", "q\\"x", "s\\\\", "\\/"]"""
  println("${Json.parse(escapes)}")
  println(Json.parse("[\"x\"]").inspect())
end
