# Compatibility (STDLIB.md §5.16.1): `Process.monitor` also accepts an Int, which designates no
# process: the DOWN arrives at once with reason `noproc` (even when the Int happens to equal the
# serial number of a live process, as 1 is `main`'s here).
actor watcher() do
  let r = Process.monitor(1)
  receive do
    (:down, ref, _, reason) -> println("down for the Int: ${ref == r} ${reason}")
  end
  let n = 12345
  let r2 = Process.monitor(n)
  receive do
    (:down, ref, pid, reason) -> println("again: ${ref == r2} ${reason} none=${Pid.is_none(pid)}")
  end
end

fn main() do
  spawn(watcher)
  Timer.sleep(50)
  println("main still here")
end
