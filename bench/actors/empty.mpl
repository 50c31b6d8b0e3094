# empty: prints one line; its run time (runtime start-up with its scheduler threads, and exit)
# is subtracted from the other Mesh timings by run.sh.
fn main() do
  println("empty")
end
