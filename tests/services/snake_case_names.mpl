# Generated service function names (LANGUAGE.md §5.18): an underscore is inserted before every
# uppercase letter except the first character, then everything is lower-cased, so `GetCount` is
# `get_count`, `Reset` is `reset` and `HTTPGet` is `h_t_t_p_get` (Compatibility).
service Names do
  fn init() -> String do
    "start"
  end

  call GetLast() :: String do |last|
    (last, last)
  end

  call HTTPGet(path :: String) :: String do |_last|
    ("HTTPGet", "GET " <> path)
  end

  cast Reset() do |_last|
    "reset"
  end

  call X() :: String do |last|
    ("X", last)
  end
end

fn main() do
  let n = Names.start()
  println(Names.get_last(n))
  println(Names.h_t_t_p_get(n, "/index"))
  println(Names.get_last(n))
  Names.reset(n)
  println(Names.x(n))
  println(Names.get_last(n))
end
