fn main() do
  println("${0xFF} ${0XaB} ${0b1010} ${0B11} ${0o17} ${0O777}")
  println("${1_000_000} ${0x_FF_FF} ${0b_1000_0000} ${1__0}")
  println("${0x7FFFFFFFFFFFFFFF} ${9223372036854775807}")
  println("${007} ${0} ${-0}")
end
