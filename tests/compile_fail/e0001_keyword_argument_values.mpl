# error: E0001 expected Int, found String
# All keyword values of one call must have the same type (LANGUAGE.md §3.10).
fn size(opts) = Map.size(opts)

fn main() do
  println("${size(width: 3, label: "wide")}")
end
