# error: E0004 undefined interface: Showable
# A where-bound naming an unknown interface (LANGUAGE.md §5.14, interface names resolve like types).
# Interpretation: message as in the §8.4 catalogue (no backticks); the failed bound causes no
# follow-up diagnostic at the call (§5.3 rule 8).
fn label<T>(x :: T) -> String where T: Showable do
  "value"
end

fn main() do
  println(label(1))
end
