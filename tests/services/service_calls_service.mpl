# A handler may call another service (the nested call waits for its own reply), a helper is
# found by its short name even where a local variable of the same name is not in scope, and a
# local variable shadows a helper of the same name (LANGUAGE.md §5.18).
service Backend do
  fn init() -> Map<String, Int> do
    %{}
  end

  call Lookup(key :: String) :: Int do |m|
    (m, Map.get(m, key))
  end

  cast Store(key :: String, value :: Int) do |m|
    Map.put(m, key, value)
  end
end

service Frontend do
  fn init(backend :: Pid<()>) -> (Pid<()>, Int) do
    (backend, 0)
  end

  fn double(n :: Int) -> Int do
    n * 2
  end

  call Fetch(key :: String) :: String do |state|
    let (backend, hits) = state
    let value = Backend.lookup(backend, key)
    let double = double(value)
    ((backend, hits + 1), "${key}=${value} doubled=${double} hits=${hits + 1}")
  end
end

fn main() do
  let b = Backend.start()
  Backend.store(b, "a", 21)
  Backend.store(b, "b", 5)
  let f = Frontend.start(b)
  println(Frontend.fetch(f, "a"))
  println(Frontend.fetch(f, "b"))
  println(Frontend.fetch(f, "missing"))
end
