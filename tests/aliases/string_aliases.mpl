# The legacy flat aliases string_length … string_to_float are the String functions
# (STDLIB.md §3.3, §5.1).
fn main() do
  println("${string_length("héllo")} ${string_slice("hello", 1, 3)} ${string_slice("hi", -5, 99)}")
  println("${string_contains("hello", "ell")} ${string_contains("hello", "")} ${string_contains("hi", "x")}")
  println("${string_starts_with("hello", "he")} ${string_ends_with("hello", "lo")} ${string_ends_with("hello", "he")}")
  println("[${string_trim("  pad \n")}]")
  println(string_to_upper("straße") <> " " <> string_to_lower("ÀB"))
  println(string_replace("a-b-c", "-", "+") <> " " <> string_replace("ab", "", "-"))
  println("${string_split("a,,b", ",")} ${string_split("", ",")}")
  println(string_join(["x", "y", "z"], ", ") <> "|" <> string_join([], ","))
  println("${string_to_int(" 42 ")} ${string_to_int("4.2")} ${string_to_float("2.5")} ${string_to_float("x")}")
end
