fn main() do
  let café = 3
  let π = 3.14
  let _hidden = "underscore"
  let naïve_count = café * 2
  println("${café} ${π} ${_hidden} ${naïve_count}")
end
