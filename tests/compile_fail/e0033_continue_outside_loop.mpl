# error: E0033 `continue` outside of loop
fn helper() do
  continue
end

fn main() do
  helper()
end
