# error: E0020 invalid restart type `sometimes` for child `w`
# A child's `restart:` is permanent, transient or temporary (LANGUAGE.md §5.19, §8.4).
actor worker() do
  println("worker")
end

supervisor App do
  child w do
    start: fn -> spawn(worker) end
    restart: sometimes
  end
end

fn main() do
  spawn(App)
end
