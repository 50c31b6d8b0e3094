# error: P0001 expected `fn`, `call`, `cast`, or `end` in service body
# Anything other than `fn`, `call`, `cast` or `end` in a service body is P0001 (LANGUAGE.md
# §3.13, §8.5). The offending member is a single token, so any recovery reports it once.
service Counter do
  fn init() -> Int do
    0
  end

  limit
end

fn main() do
  let c = Counter.start()
end
