fn main() do
  println("${1 < 2} ${2 < 1} ${2 <= 2} ${3 >= 4} ${-1 > -2} ${5 != 5}")
  println("${1 < 2 == true} ${1 + 1 == 2} ${3 > 2 == 2 > 3}")
  println("${"apple" < "banana"} ${"b" > "abc"} ${"abc" < "abd"} ${"ab" < "abc"} ${"" < "a"}")
  println("${"Z" < "a"} ${"é" > "z"} ${false < true} ${true <= false}")
end
