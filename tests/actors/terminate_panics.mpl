# A panic inside `terminate` is reported on stderr and otherwise ignored (LANGUAGE.md §6.12): the
# actor ends with the reason it was ending with, which its monitor sees. `terminate` runs once.
actor fragile(n :: Int) do
  terminate do
    println("terminate starts with n = ${n}")
    let zero = n - n
    println("never printed ${n / zero}")
  end
  receive do
    x -> fragile(n + x)
  after 20 ->
    println("body returns")
  end
end

actor watcher() do
  let p = spawn(fragile, 1)
  let r = Process.monitor(p)
  send(p, 2)
  receive do
    (:down, ref, _, reason) when ref == r -> println("down: ${reason}")
  end
end

fn main() do
  spawn(watcher)
end
