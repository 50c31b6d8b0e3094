# A service defined in another module is always exported (LANGUAGE.md §5.18): `Tally.Counter`
# and `Stores.Tally.Counter` both name it.
service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  fn clamp(n :: Int) -> Int do
    if n > 100 do 100 else n end
  end

  call Add(n :: Int) :: Int do |total|
    let next = clamp(total + n)
    (next, next)
  end

  cast Reset() do |_|
    0
  end
end
