##! Module documentation comment.

## Documentation comment for double.
fn double(x) = x * 2 # trailing comment

#= A block comment
   spanning lines #= with a nested one =# still inside
=#
fn main() do
  # a line comment
  let a = 1 + #= inline =# 2
  println("${double(a)}") # after code
  println("# not a comment, ${a}")
  println("#{a} is plain text")
end
