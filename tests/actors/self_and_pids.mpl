# self() is the pid of the running actor, of type Pid<M> (LANGUAGE.md §5.17): an actor can send
# to itself and hand its pid to others; pids compare by identity (§6.5). Pid numbers are not
# fixed by the spec, so only the shape of a local pid's Display form, `#PID<0.N>` (§7.1), is
# checked, never a number.
type Msg do
  Note(String)
  Child(Pid<Msg>)
end

actor child(parent :: Pid<Msg>) do
  send(parent, Child(self()))
end

actor driver() do
  let me = self()
  send(me, Note("to myself"))
  receive do
    Note(text) -> println("got: ${text}")
  end
  let c = spawn(child, me)
  let d = spawn(child, me)
  receive do
    Child(pid) when pid == c -> println("first child reported its own pid")
  end
  receive do
    Child(pid) -> println("second child reported its own pid: ${pid == d}")
  end
  println("children differ: ${c != d}, differ from me: ${c != me and d != me}")
  println("self() is stable: ${self() == me}")
  let shown = "${me}"
  let shaped = String.starts_with(shown, "#PID<0.") and String.ends_with(shown, ">")
  println("local pid shape: ${shaped}")
  println("debug form equals display form: ${me.inspect() == shown}")
end

fn main() do
  spawn(driver)
end
