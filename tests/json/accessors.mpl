# Json.field and the as_* / is_null accessors (STDLIB.md §5.13, Beyond), as functions and with
# method syntax on a Json value (§1.6). Json values inside Options, lists and maps display as
# their compact JSON text (§6.1), so a JSON string keeps its quotes there.
fn doc(text :: String) -> Json do
  case Json.parse(text) do
    Ok(j) -> j
    Err(_) -> doc("null")
  end
end

fn main() do
  let j = doc("""{"a": 1, "n": null, "s": "hi", "f": 3.5, "b": true, "xs": [1, "a"], "o": {"x": 1, "y": [2]}}""")
  println("${Json.field(j, "a")} ${Json.field(j, "n")} ${Json.field(j, "missing")} ${Json.field(doc("[1]"), "a")}")
  println("${Json.field(j, "s")} ${Json.field(j, "o")}")
  let s = doc("\"hi\"")
  println("${Json.as_string(s)} ${Json.as_string(doc("1"))} ${Json.as_string(doc("null"))}")
  println("${Json.as_int(doc("3"))} ${Json.as_int(doc("3.0"))} ${Json.as_int(doc("3.5"))} ${Json.as_int(s)} ${Json.as_int(doc("-12"))}")
  println("${Json.as_float(doc("3.5"))} ${Json.as_float(doc("3"))} ${Json.as_float(s)}")
  println("${Json.as_bool(doc("true"))} ${Json.as_bool(doc("false"))} ${Json.as_bool(doc("1"))}")
  println("${Json.as_list(doc("""[1, "a", null]"""))} ${Json.as_list(doc("[]"))} ${Json.as_list(doc("{}"))}")
  println("${Json.as_map(doc("""{"x": 1, "y": [2]}"""))} ${Json.as_map(doc("[]"))}")
  println("${Json.is_null(doc("null"))} ${Json.is_null(doc("0"))} ${Json.is_null(doc("[]"))}")
  case Json.field(j, "n") do
    Some(v) -> println("n present, null: ${Json.is_null(v)}")
    None -> println("n absent")
  end
  let total = case j.field("o") do
    Some(o) -> case o.field("x") do
      Some(x) -> x.as_int()
      None -> None
    end
    None -> None
  end
  println("${total}")
  println("${j.field("s")} ${j.field("f")} ${j.is_null()}")
  let count = case j.field("xs") do
    Some(xs) -> case xs.as_list() do
      Some(items) -> List.length(items)
      None -> -1
    end
    None -> -1
  end
  println("${count}")
end
