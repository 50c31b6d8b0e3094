# Job.await_timeout gives Err("timeout") when the job has not finished within `ms` milliseconds;
# the job keeps running and may be awaited again (STDLIB.md §5.15, §7.2). A finished job is
# returned at once whatever the timeout.
fn slow(ms :: Int, value :: String) -> String do
  Timer.sleep(ms)
  value
end

fn main() do
  let j = Job.async(fn -> slow(400, "done") end)
  println("short wait: ${Job.await_timeout(j, 10)}")
  println("another short wait: ${Job.await_timeout(j, 0)}")
  println("long wait: ${Job.await_timeout(j, 10000)}")
  let quick = Job.async(fn -> 5 end)
  println("quick job: ${Job.await_timeout(quick, 10000)}")
  let k = Job.async(fn -> slow(300, "later") end)
  println("timed out first: ${Job.await_timeout(k, 20)}")
  println("then awaited: ${Job.await(k)}")
end
