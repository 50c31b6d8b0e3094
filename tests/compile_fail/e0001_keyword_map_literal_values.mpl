# error: E0001 expected Int, found String
# Keyword entries are ordinary entries with String keys; the values still share one type.
fn main() do
  let m = %{width: 3, label: "wide"}
  println("${m}")
end
