# A service handles requests one at a time (LANGUAGE.md §6.13), so concurrent callers never lose
# an update: four jobs (STDLIB.md §5.15) each call `add` 250 times. `main` awaits them all through
# Job.map before reading the total.
service Counter do
  fn init() -> Int do
    0
  end

  call Add(n :: Int) :: Int do |total|
    (total + n, total + n)
  end

  call Total() :: Int do |total|
    (total, total)
  end
end

fn add_times(c :: Pid<()>, k :: Int, times :: Int) -> Int do
  if times == 0 do
    k
  else
    Counter.add(c, k)
    add_times(c, k, times - 1)
  end
end

fn main() do
  let c = Counter.start()
  let outcomes = Job.map([1, 2, 3, 4], fn k -> add_times(c, k, 250) end)
  println("${outcomes}")
  println("total: ${Counter.total(c)}")
end
