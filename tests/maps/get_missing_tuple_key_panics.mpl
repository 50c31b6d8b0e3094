# Atom has no Default (STDLIB.md §4), so a missing key panics; the key is shown in Debug form.
fn main() do
  let m = %{(1, "a") => :first}
  println("${m[(1, "a")]}")
  println("${m[(1, "b")]}")
  println("unreachable")
end
