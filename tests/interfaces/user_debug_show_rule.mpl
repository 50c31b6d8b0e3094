# The show rule with user impls (LANGUAGE.md §7): a type with only a user `impl Debug` is shown
# with `inspect()` (rule 3); a type with user Display and user Debug is shown with Display and
# inspected with Debug; a struct with a derived Debug and no Display is shown in the plain Debug
# form, whose components are rendered by show (rule 2), while its inspect() renders components
# with Debug. `Account` has no deriving clause: Eq, Ord and Hash are skipped because `Secret`
# lacks them (§5.13), Debug is derived.
struct Secret do
  value :: String
end deriving()

impl Debug for Secret do
  fn inspect(self) -> String = "Secret(***)"
end

struct Id do
  n :: Int
end deriving(Eq)

impl Display for Id do
  fn to_string(self) -> String = "#${self.n}"
end

impl Debug for Id do
  fn inspect(self) -> String = "Id<${self.n}>"
end

struct Account do
  id :: Id
  password :: Secret
end

fn main() do
  let s = Secret { value: "hunter2" }
  println("${s}")
  println(s.inspect())
  let i = Id { n: 7 }
  println("${i} ${i.inspect()} ${i.to_string()}")
  let a = Account { id: i, password: s }
  println("${a}")
  println(a.inspect())
  println("${[s]} ${[i]}")
  println([i].inspect())
end
