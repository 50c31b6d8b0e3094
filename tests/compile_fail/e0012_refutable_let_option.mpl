# error: E0012 refutable pattern in `let`: `Option<Int>` is not fully covered
# Expected label (not checked by the harness): missing: None
fn main() do
  let Some(n) = String.to_int("12")
  println("${n}")
end
