# error: E0019 unknown supervision strategy `one_for_none`
# The strategies are one_for_one, one_for_all, rest_for_one and simple_one_for_one
# (LANGUAGE.md §5.19, §8.4).
actor worker() do
  println("worker")
end

supervisor App do
  strategy: one_for_none
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  spawn(App)
end
