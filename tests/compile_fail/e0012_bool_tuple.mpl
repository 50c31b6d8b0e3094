# error: E0012 non-exhaustive match on `(Bool, Bool)`
# Expected label (not checked by the harness): missing: (false, _)
fn both(a :: Bool, b :: Bool) -> String do
  case (a, b) do
    (true, true) -> "both"
    (true, false) -> "first"
  end
end

fn main() do
  println(both(true, true))
end
