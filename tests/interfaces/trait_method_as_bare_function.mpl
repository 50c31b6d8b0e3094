# A call `m(a, …)` where `m` is a method of an interface in scope is the method call `a.m(…)`
# (LANGUAGE.md §5.4); this also works through a pipe (§3.10).
interface Shout do
  fn shout(self) -> String
end

impl Shout for String do
  fn shout(self) -> String = String.to_upper(self) <> "!"
end

struct Word do
  text :: String
end

impl Shout for Word do
  fn shout(self) -> String = shout(self.text)
end

fn main() do
  println(shout("hey"))
  println(shout(Word { text: "quiet" }))
  println(List.map(["a", "b"], fn s -> shout(s) end) |> String.join(" "))
  println("go" |> shout())
end
