# error: P0001 only one `terminate` clause is allowed per actor block
# An actor block has at most one `terminate` clause (LANGUAGE.md §3.13, §8.5).
actor worker() do
  terminate do
    println("first")
  end
  receive do
    n -> println("${n + 1}")
  end
  terminate do
    println("second")
  end
end

fn main() do
  spawn(worker)
end
