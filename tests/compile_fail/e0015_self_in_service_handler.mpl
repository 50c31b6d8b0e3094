# error: E0015 self() used outside actor block
# Inside service handlers and the initialiser, self() is not available (LANGUAGE.md §5.18).
service Counter do
  fn init() -> Int do
    0
  end

  call Who() :: Int do |n|
    let me = self()
    (n, n)
  end
end

fn main() do
  let c = Counter.start()
  println("${Counter.who(c)}")
end
