# error: E0015 self() used outside actor block
# A plain function is not an actor body, even if it is only called from an actor
# (LANGUAGE.md §5.17, Compatibility).
type Msg do
  Ping(Pid<Msg>)
end

fn me() -> Pid<Msg> do
  self()
end

actor echo() do
  receive do
    Ping(from) -> send(from, Ping(me()))
  end
end

fn main() do
  spawn(echo)
end
