# error: E0016 actor `looper` cannot be called directly; use `spawn(looper, …)`
# The self-call `looper(…)` continues the actor only in tail position of its own body
# (LANGUAGE.md §5.17, §6.8); here a statement follows it.
actor looper(total :: Int) do
  receive do
    n ->
      looper(total + n)
      println("after the call")
  end
end

fn main() do
  spawn(looper, 0)
end
