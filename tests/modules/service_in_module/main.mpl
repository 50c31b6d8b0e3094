import Stores.Tally

fn main() do
  let c = Tally.Counter.start(40)
  println("${Tally.Counter.add(c, 2)}")
  println("${Stores.Tally.Counter.add(c, 500)}")
  Tally.Counter.reset(c)
  println("${Tally.Counter.add(c, 1)}")
end
