# A service can be a supervised child: its start function returns the Pid<()> of `S.start`
# (LANGUAGE.md §5.19). Default settings are used (one_for_one, permanent). When the service is
# killed (Process.exit with "kill", STDLIB.md §5.16.1) the supervisor restarts it, and the new
# instance starts again from its initialiser's state. `main` finds each instance through the
# registry.
service Store do
  fn init(v :: Int) -> Int do
    v
  end

  call Get() :: Int do |v|
    (v, v)
  end

  cast Put(n :: Int) do |_v|
    n
  end
end

fn start_store() -> Pid<()> do
  let pid = Store.start(1)
  Process.register("store", pid)
  pid
end

supervisor App do
  child store do
    start: fn -> start_store() end
  end
end

fn await_new(name :: String, old :: Pid) -> Pid do
  let p = Process.whereis(name)
  if Pid.is_none(p) or p == old do
    Timer.sleep(5)
    await_new(name, old)
  else
    p
  end
end

fn main() do
  spawn(App)
  let s1 = await_new("store", Pid.none())
  Store.put(s1, 42)
  println("before: ${Store.get(s1)}")
  Process.exit(s1, "kill")
  let s2 = await_new("store", s1)
  println("restarted from the initial state: ${Store.get(s2)}")
  println("new pid: ${s2 != s1}")
end
