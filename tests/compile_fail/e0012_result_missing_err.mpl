# error: E0012 non-exhaustive match on `Result<Int, String>`
# Expected label (not checked by the harness): missing: Err(_)
fn get(r :: Int!String) -> Int do
  case r do
    Ok(n) -> n
  end
end

fn main() do
  println("${get(Ok(1))}")
end
