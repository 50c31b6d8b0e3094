# The local name registry (STDLIB.md §5.16.1): register returns 0 on success and 1 when the name
# is held by a live process or the pid is Pid.none(); one process may hold several names;
# whereis returns the pid (usable as any Pid<M>) or Pid.none(); lookup returns an Option;
# unregister returns 0 or 1; a process's names are removed when it exits.
type Cmd do
  Stop
end

actor holder() do
  receive do
    Stop -> ()
  end
end

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  let p = spawn(holder)
  println("register: ${Process.register("keeper", p)}")
  println("register the same name again: ${Process.register("keeper", p)}")
  println("second name: ${Process.register("other", p)}")
  println("register Pid.none(): ${Process.register("ghost", Pid.none())}")
  println("whereis finds it: ${Process.whereis("keeper") == p}")
  let found = case Process.lookup("other") do
    Some(q) -> "${q}" == "${p}"
    None -> false
  end
  println("lookup finds it: ${found}")
  println("unregister: ${Process.unregister("keeper")}")
  println("unregister again: ${Process.unregister("keeper")}")
  println("whereis after unregister is none: ${Pid.is_none(Process.whereis("keeper"))}")
  println("lookup after unregister: ${Process.lookup("keeper")}")
  println("other name kept: ${Process.whereis("other") == p}")
  send(Process.whereis("other"), Stop)
  wait_gone("other")
  println("names are removed when the process exits")
  println("register a dead pid: ${Process.register("late", p)}")
end
