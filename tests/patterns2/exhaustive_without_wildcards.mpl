# Each case below is exhaustive without a catch-all arm (LANGUAGE.md §5.20), so the program
# builds.
fn f(p :: (Bool?, Bool)) -> Int do
  case p do
    (None, true) -> 1
    (None, false) -> 2
    (Some(true), _) -> 3
    (Some(false), true) -> 4
    (Some(false), false) -> 5
  end
end

fn g(xs :: List<Bool>) -> String do
  case xs do
    [] -> "empty"
    [_] -> "one"
    [true, _ | _] -> "starts true"
    [false | _] -> "starts false"
  end
end

fn h(r :: Result<Int, String>) -> Int do
  case r do
    Ok(n) -> n
    Err(_) -> -1
  end
end

fn main() do
  println("${f((None, true))}${f((None, false))}${f((Some(true), false))}${f((Some(false), true))}${f((Some(false), false))}")
  println(g([]) <> " " <> g([false]) <> " " <> g([true, false]) <> " " <> g([false, true, true]))
  println("${h(Ok(4))} ${h(Err("x"))}")
end
