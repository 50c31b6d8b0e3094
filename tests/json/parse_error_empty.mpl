# Json.parse of the empty string is an error (STDLIB.md §5.13: one value is required). The text
# follows the spec's `<description> at line <l> column <c>` form; the description and position
# are the parser's (serde_json): the end of input is reached at column 0 of line 1.
fn main() do
  println("${Json.parse("")}")
  println("${Json.parse("   ")}")
end
