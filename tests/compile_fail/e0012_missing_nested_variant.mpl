# error: E0012 non-exhaustive match on `Option<Color>`
# Expected label (not checked by the harness): missing: Some(Green), Some(Blue)
type Color do
  Red
  Green
  Blue
end

fn name(c :: Color?) -> String do
  case c do
    None -> "none"
    Some(Red) -> "red"
  end
end

fn main() do
  println(name(None))
end
