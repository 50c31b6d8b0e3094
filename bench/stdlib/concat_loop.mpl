# concat_loop: grow one string by `acc <> "${i}" <> ";"` in a tail-recursive loop, 20,000
# times. Each `<>` copies both operands (strings are flat and immutable), so this is quadratic
# in Mesh; Rust's push_str and Erlang's binary append are amortised O(1) per piece.

fn concat_loop(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    concat_loop(i + 1, n, acc <> "${i * 3}" <> ";")
  end
end

fn main() do
  let built = concat_loop(0, 20000, "")
  println("concat_loop len=${String.length(built)} has_last=${String.ends_with(built, "59997;")}")
end
