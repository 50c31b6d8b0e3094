# error: E0017 receive used outside actor block
# Inside service handlers, `receive` is not available (LANGUAGE.md §5.18).
service Waiter do
  fn init() -> Int do
    0
  end

  cast Wait() do |n|
    receive do
      k -> n + k
    end
  end
end

fn main() do
  let w = Waiter.start()
  Waiter.wait(w)
end
