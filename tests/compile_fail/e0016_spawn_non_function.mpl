# error: E0016 cannot spawn non-function: found Int
# Spawning a value that is not a function is E0016 (LANGUAGE.md §5.17, §8.4).
# Interpretation: the catalogue spelling (no backticks around the type) is used, and this message
# (not "only actors and supervisors can be spawned") applies to non-function values.
fn main() do
  let n = 42
  spawn(n)
end
