# warning: E0012 non-exhaustive match on `Light`
# Interpretation: for a one-parameter clause group the type in the message is the parameter type.
# Expected label (not checked by the harness): missing: Caution
type Light do
  Stop
  Go
  Caution
end

fn label(Stop) = "stop"
fn label(Go) = "go"

fn main() do
  println(label(Go))
end
