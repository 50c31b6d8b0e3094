# warning: W0001 redundant match arm (arm 3)
# Arm 3 is covered by arms 1 and 2 together (usefulness over nested constructors, §5.20).
fn f(x :: Option<Bool>) -> Int do
  case x do
    Some(true) -> 1
    Some(false) -> 2
    Some(_) -> 3
    None -> 4
  end
end

fn main() do
  println("${f(None)}")
end
