# error: E0014 message type mismatch: expected Int, found (Atom, Int, Pid<()>, String)
# A system-message arm such as `(:down, ref, pid, reason)` is checked against the DOWN shape and
# does not constrain the actor's message type (LANGUAGE.md §5.17, STDLIB.md §5.16.3): the message
# type stays Int, so sending a DOWN-shaped tuple with `send` is E0014.
actor watcher() do
  receive do
    (:down, ref, _, reason) -> println("${ref}: ${reason}")
    n -> println("${n + 1}")
  end
end

fn main() do
  let w = spawn(watcher)
  let none :: Pid<()> = Pid.none()
  send(w, (:down, 1, none, "normal"))
end
