# error: E0030 no method `to_string` on type `User`
# Default derives never include Display (LANGUAGE.md §5.13, §7.1).
struct User do
  name :: String
end

fn main() do
  let u = User { name: "Ada" }
  println(u.to_string())
end
