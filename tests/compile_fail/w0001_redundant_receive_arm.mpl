# warning: W0001 redundant match arm (arm 2)
# `receive` is not checked for exhaustiveness, but redundant arms warn (LANGUAGE.md §5.17, §5.20).
# Only a warning: `meshc check` exits with status 0.
actor sink() do
  receive do
    n -> println("got ${n + 1}")
    0 -> println("zero")
  end
end

fn main() do
  let s = spawn(sink)
  send(s, 0)
end
