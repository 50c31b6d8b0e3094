fn int_name(n :: Int) -> String do
  case n do
    -1 -> "minus one"
    0 -> "zero"
    1 -> "one"
    _ -> "many"
  end
end

fn float_name(x :: Float) -> String do
  case x do
    -0.5 -> "minus half"
    0.0 -> "zero"
    2.5 -> "two and a half"
    _ -> "other"
  end
end

fn greet(s :: String) -> String do
  case s do
    "" -> "empty"
    "hi" | "hello" -> "greeting"
    "héllo" -> "accented"
    _ -> "unknown"
  end
end

fn atom_name(a :: Atom) -> String do
  case a do
    :ok -> "fine"
    :error -> "bad"
    _ -> "?"
  end
end

fn unit_case(u :: ()) -> String do
  case u do
    () -> "unit"
  end
end

fn main() do
  println("${int_name(-1)} ${int_name(0)} ${int_name(1)} ${int_name(-2)}")
  println("${float_name(-0.5)} ${float_name(-0.0)} ${float_name(2.5)} ${float_name(0.5)}")
  println("${greet("")} ${greet("hello")} ${greet("héllo")} ${greet("Hi")}")
  println("${atom_name(:ok)} ${atom_name(:error)} ${atom_name(:other)}")
  println(unit_case(nil))
end
