# error: E0032 `break` outside of loop
fn main() do
  for i in 0..3 do
    let f = fn -> break end
    f()
  end
end
