# error: E0016 only actors and supervisors can be spawned
# `spawn` accepts only actors and supervisors (LANGUAGE.md §5.17).
# Interpretation: of the two E0016 spawn messages, "only actors and supervisors can be spawned"
# is the one for a function that is not an actor; "cannot spawn non-function" is for values that
# are not functions at all.
fn helper(n :: Int) -> Int do
  n * 2
end

fn main() do
  spawn(helper, 21)
end
