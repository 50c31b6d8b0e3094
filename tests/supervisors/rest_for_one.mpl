# rest_for_one (LANGUAGE.md §5.19, §6.14): when a child crashes, the children declared after it
# are stopped in reverse start order (their `terminate` clauses run, §6.12), then it and they are
# restarted in declaration order; the children declared before it are untouched. The start
# functions print inside the supervisor; `main` prints nothing.
type Cmd do
  Crash
end

actor worker(name :: String) do
  terminate do
    println("${name}: terminate")
  end
  receive do
    Crash ->
      let zero = 0
      println("${name}: never printed ${1 / zero}")
  end
end

fn start_worker(name :: String) -> Pid<Cmd> do
  println("start ${name}")
  let pid = spawn(worker, name)
  Process.register(name, pid)
  pid
end

supervisor App do
  strategy: rest_for_one
  max_restarts: 3
  max_seconds: 5
  child a do
    start: fn -> start_worker("a") end
    restart: permanent
    shutdown: 1000
  end
  child b do
    start: fn -> start_worker("b") end
    restart: permanent
    shutdown: 1000
  end
  child c do
    start: fn -> start_worker("c") end
    restart: permanent
    shutdown: 1000
  end
  child d do
    start: fn -> start_worker("d") end
    restart: permanent
    shutdown: 1000
  end
end

# Waits until `name` is registered to a pid other than `old`.
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
  let d = await_new("d", Pid.none())
  let b = await_new("b", Pid.none())
  send(b, Crash)
  await_new("d", d)
end
