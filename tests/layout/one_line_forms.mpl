fn sq(x) = x * x
fn main() do println("${sq(3)}"); let v = if true do "t" else "f" end; println(v) end
