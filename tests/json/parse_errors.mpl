# Json.parse errors are `Err("<description> at line <l> column <c>")` (STDLIB.md §5.13), with the
# descriptions and positions of serde_json.
# Interpretation: the descriptions ("expected value", "trailing comma", "expected `:`",
# "trailing characters") and the 1-based column of the offending character follow serde_json,
# which the spec's example `expected value at line 1 column 1` comes from.
fn main() do
  println("${Json.parse("x")}")
  println("${Json.parse("[1,]")}")
  println("${Json.parse("{\"a\" 1}")}")
  println("${Json.parse("1 2")}")
  println("${Json.parse("[1,\n]")}")
  println(Json.parse("x").inspect())
  let verdict = case Json.parse("[1,]") do
    Ok(_) -> "ok"
    Err(msg) -> "error: " <> msg
  end
  println(verdict)
end
