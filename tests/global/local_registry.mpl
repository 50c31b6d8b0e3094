# The global registry without distribution (STDLIB.md §5.18): local to the node, with the same
# rules. A name is taken once, a dead or none pid is refused, lookup and whereis read it, a
# process's names go when it exits, and unregister reports whether the name was there.
actor idle() do
  receive do
    :stop -> ()
  end
end

fn await_gone(name :: String) -> () do
  if not Pid.is_none(Global.whereis(name)) do
    Timer.sleep(5)
    await_gone(name)
  end
end

fn main() do
  println("standalone: [${Node.self()}]")
  let a = spawn(idle)
  let b = spawn(idle)
  println("register a: ${Global.register("svc", a)}")
  println("register b under the same name: ${Global.register("svc", b)}")
  println("whereis is a: ${Global.whereis("svc") == a}")
  case Global.lookup("svc") do
    Some(p) -> println("lookup: ${p == Global.whereis("svc")}")
    None -> println("lookup: nothing")
  end
  println("lookup missing: ${Global.lookup("missing")}")
  println("none pid refused: ${Global.register("nobody", Pid.none())}")
  println("two names for b: ${Global.register("b1", b)} ${Global.register("b2", b)}")
  send(a, :stop)
  await_gone("svc")
  println("a's name went with it: ${Pid.is_none(Global.whereis("svc"))}")
  println("now b may take it: ${Global.register("svc", b)}")
  println("unregister: ${Global.unregister("b1")} ${Global.unregister("b1")}")
  println("b2 still there: ${Global.whereis("b2") == b}")
  send(b, :stop)
end
