# error: E0012 refutable pattern in `let`: `Point` is not fully covered
# A struct pattern with a refutable field pattern is refutable (LANGUAGE.md §4.4).
struct Point do
  x :: Int
  y :: Int
end

fn main() do
  let Point { x: 0, y: y } = Point { x: 0, y: 5 }
  println("${y}")
end
