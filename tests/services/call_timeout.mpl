# A caller waits at most 5000 ms for a reply; then it terminates with reason `timeout`. From
# `main` that ends the program with status 1 and `[mesh] main crashed: timeout` (LANGUAGE.md
# §6.13, §6.15). The service itself is only sleeping and does not crash.
service Sleepy do
  fn init() -> Int do
    0
  end

  call Nap(ms :: Int) :: Int do |naps|
    Timer.sleep(ms)
    (naps + 1, ms)
  end
end

fn main() do
  let s = Sleepy.start()
  println("short nap: ${Sleepy.nap(s, 10)}")
  println("long nap: ${Sleepy.nap(s, 8000)}")
  println("never printed")
end
