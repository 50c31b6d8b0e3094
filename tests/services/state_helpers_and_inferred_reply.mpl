# Service details (LANGUAGE.md §3.13, §5.18): the state type is the initialiser's return type
# (here a struct); later `fn`s are private helpers usable in handlers; a call without `:: R` has
# its reply type inferred; a handler without `|state|` does not name the state; a service with
# no `fn` has state `()` and a parameterless `start`.
struct Stats do
  count :: Int
  total :: Int
end

service Averager do
  fn init() -> Stats do
    Stats { count: 0, total: 0 }
  end

  fn mean(s :: Stats) -> Int do
    if s.count == 0 do 0 else s.total / s.count end
  end

  cast Record(v :: Int) do |s|
    Stats { count: s.count + 1, total: s.total + v }
  end

  call Summary() do |s|
    (s, "count=${s.count} total=${s.total} mean=${mean(s)}")
  end

  call Clear() :: Int do
    (Stats { count: 0, total: 0 }, 0)
  end
end

service Shouter do
  call Shout(text :: String) :: String do
    ((), String.to_upper(text) <> "!")
  end
end

fn main() do
  let a = Averager.start()
  println(Averager.summary(a))
  Averager.record(a, 10)
  Averager.record(a, 20)
  Averager.record(a, 33)
  println(Averager.summary(a))
  println("clear replied ${Averager.clear(a)}")
  println(Averager.summary(a))
  let s = Shouter.start()
  println(Shouter.shout(s, "hello"))
end
