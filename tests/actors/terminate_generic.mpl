# A `terminate` clause of an actor whose parameter types are generic runs with the current values
# of the parameters, at whatever types the actor was spawned (LANGUAGE.md §6.12).
actor keeper(value, count) do
  terminate do
    println("terminate: ${value} after ${count}")
  end
  receive do
    :stop -> ()
    :bump -> keeper(value, count + 1)
  end
end

fn main() do
  let a = spawn(keeper, "text", 0)
  let b = spawn(keeper, [1, 2], 0)
  send(a, :bump)
  send(a, :bump)
  send(a, :stop)
  Timer.sleep(50)
  send(b, :stop)
end
