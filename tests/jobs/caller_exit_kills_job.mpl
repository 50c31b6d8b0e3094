# If the caller exits, its unawaited jobs are killed (STDLIB.md §5.15): an actor starts a job
# that would register a name after 300 ms, publishes the job's pid, and returns as soon as `main`
# has seen it; the name never appears. A job awaited by its caller is not affected, and a pid of another process's job
# is not a job of `main` (Err("noproc")).
actor anchor() do
  receive do
    _ -> ()
  end
end

fn register_later(name :: String) -> Int do
  Timer.sleep(300)
  Process.register(name, Process.whereis("anchor"))
  1
end

actor impatient() do
  let j = Job.async(fn -> register_later("late") end)
  Process.register("job", j)
  receive do
    :go -> ()
  end
end

fn await_registered(name :: String) -> () do
  if Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    await_registered(name)
  end
end

fn main() do
  let a :: Pid<Int> = spawn(anchor)
  Process.register("anchor", a)
  let i = spawn(impatient)
  await_registered("job")
  let foreign :: Pid<Int> = Process.whereis("job")
  println("someone else's job: ${Job.await(foreign)}")
  send(i, :go)
  Timer.sleep(600)
  println("the killed job registered nothing: ${Pid.is_none(Process.whereis("late"))}")
  let kept = Job.async(fn -> register_later("kept") end)
  println("awaited: ${Job.await(kept)}")
  println("registered: ${not Pid.is_none(Process.whereis("kept"))}")
end
