fn say(msg :: String) -> () do
  println(msg)
end

fn say_twice(msg) do
  say(msg)
  say(msg)
end

fn main() do
  say_twice("hi")
  let r = say("bye")
  println("${r}")
end
