# A struct without a deriving clause has Debug but no Display: interpolation uses the plain
# Debug form (strings unquoted at every depth), inspect() the Debug form (LANGUAGE.md §7).
struct User do
  name :: String
  age :: Int
  tags :: List<String>
end

fn main() do
  let u = User { name: "Ada", age: 36, tags: ["math", "code"] }
  println("${u}")
  println(u.inspect())
  println("${[u]}")
  println([u].inspect())
end
