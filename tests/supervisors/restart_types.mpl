# Restart policies (LANGUAGE.md §5.19, §6.14): a `permanent` child is always restarted; a
# `transient` child is restarted only when its reason is neither `normal` nor `shutdown`; a
# `temporary` child is never restarted. Workers print from `terminate` (§6.12), start functions
# print inside the supervisor. `main` prints nothing; it drives one step at a time, waiting
# through the registry for each restart or exit before the next step.
type Cmd do
  Crash
  Stop
end

actor worker(name :: String) do
  terminate do
    println("${name}: terminate")
  end
  receive do
    Crash ->
      let zero = 0
      println("${name}: never printed ${1 / zero}")
    Stop -> ()
  end
end

fn start_worker(name :: String) -> Pid<Cmd> do
  println("start ${name}")
  let pid = spawn(worker, name)
  Process.register(name, pid)
  pid
end

supervisor App do
  strategy: one_for_one
  max_restarts: 10
  max_seconds: 60
  child p do
    start: fn -> start_worker("p") end
    restart: permanent
  end
  child r do
    start: fn -> start_worker("r") end
    restart: transient
  end
  child t do
    start: fn -> start_worker("t") end
    restart: temporary
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

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  spawn(App)
  let t = await_new("t", Pid.none())
  let p = await_new("p", Pid.none())
  let r = await_new("r", Pid.none())
  send(p, Crash)
  await_new("p", p)
  send(r, Crash)
  let r2 = await_new("r", r)
  send(r2, Stop)
  wait_gone("r")
  send(t, Crash)
  wait_gone("t")
end
