# error: E0017 receive used outside actor block
# `receive` is allowed only lexically inside an actor body; a plain function called from an actor
# is not one (LANGUAGE.md §5.17).
fn next_number() -> Int do
  receive do
    n -> n + 1
  end
end

actor user() do
  println("${next_number()}")
end

fn main() do
  spawn(user)
end
