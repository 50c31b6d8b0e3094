type Light do
  Stop
  Caution
  Go
end

fn next(Stop) = Go
fn next(Go) = Caution
fn next(Caution) = Stop

fn label(Stop) = "stop"
fn label(Caution) = "slow"
fn label(Go) = "go"

fn main() do
  let l = next(next(Stop))
  println(label(l))
  println("${next(l)}")
end
