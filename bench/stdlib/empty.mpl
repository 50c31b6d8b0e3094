# empty: prints one line; its run time is the program start-up and exit cost, which run.sh
# subtracts from the other Mesh timings.
fn main() do
  println("empty")
end
