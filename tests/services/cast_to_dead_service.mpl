# Casts are asynchronous and never fail: a cast to a dead service does nothing (LANGUAGE.md
# §6.13), and the program ends normally with status 0. The service is killed with
# Process.exit(pid, "kill") and `main` waits until its registered name disappears.
service Counter do
  fn init() -> Int do
    0
  end

  cast Bump() do |n|
    n + 1
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

fn wait_gone(name :: String) -> () do
  if not Pid.is_none(Process.whereis(name)) do
    Timer.sleep(5)
    wait_gone(name)
  end
end

fn main() do
  let c = Counter.start()
  Process.register("counter", c)
  Counter.bump(c)
  println("count: ${Counter.get(c)}")
  Process.exit(c, "kill")
  wait_gone("counter")
  Counter.bump(c)
  Counter.bump(c)
  println("casts to a dead service returned normally")
end
