# error: E0037 `?` requires `Result` or `Option`
# A user struct is not a Result or an Option, even if it wraps one (LANGUAGE.md §5.16).
struct Wrapper do
  inner :: Option<Int>
end

fn unwrap(w :: Wrapper) -> Option<Int> do
  let v = w?
  Some(v)
end

fn main() do
  println("${unwrap(Wrapper { inner: Some(1) })}")
end
