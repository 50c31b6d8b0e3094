# error: E0019 duplicate child name `w`
# Child names must be distinct within a supervisor (LANGUAGE.md §5.19); the error is reported at
# the second child (§8.4).
actor worker() do
  println("worker")
end

supervisor App do
  child w do
    start: fn -> spawn(worker) end
  end
  child other do
    start: fn -> spawn(worker) end
  end
  child w do
    start: fn -> spawn(worker) end
  end
end

fn main() do
  spawn(App)
end
