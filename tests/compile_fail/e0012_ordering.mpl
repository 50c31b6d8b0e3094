# error: E0012 non-exhaustive match on `Ordering`
# Expected label (not checked by the harness): missing: Greater
fn main() do
  let r = case compare(1, 2) do
    Less -> "lt"
    Equal -> "eq"
  end
  println(r)
end
