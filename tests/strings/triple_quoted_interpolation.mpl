# Interpretation: `${…}` interpolates inside `"""…"""` strings too (LANGUAGE.md §2.8 does not restrict it).
fn main() do
  let n = 3
  println("""n is ${n}, "quoted" ${"inner"}""")
end
