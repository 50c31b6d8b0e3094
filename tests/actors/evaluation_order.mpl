# Evaluation order of actor primitives (LANGUAGE.md §6.2): the arguments of `spawn` are evaluated
# left to right in the spawning actor before the actor is created; `send` evaluates the pid and
# then the message. All printing before the spawned actor prints is done by `main`, and the
# actor prints only when its message arrives.
actor echo(tag :: String) do
  receive do
    text -> println(tag <> " received " <> text)
  end
end

fn arg(s :: String) -> String do
  println("evaluating spawn argument ${s}")
  s
end

fn pick(p :: Pid<String>) -> Pid<String> do
  println("evaluating the pid")
  p
end

fn message(s :: String) -> String do
  println("evaluating the message")
  s
end

fn main() do
  let e = spawn(echo, arg("echo") <> arg("!"))
  send(pick(e), message("hello"))
end
