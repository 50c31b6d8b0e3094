# error: E0015 self() used outside actor block
# `main` is not an actor body and cannot use self() (LANGUAGE.md §1.5, §5.17).
fn main() do
  let me = self()
  println("${me}")
end
