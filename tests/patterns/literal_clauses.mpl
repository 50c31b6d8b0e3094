fn fib(0) = 0
fn fib(1) = 1
fn fib(n) = fib(n - 1) + fib(n - 2)

fn greet("") = "Hello, stranger"
fn greet(name) = "Hello, " <> name

fn flag(true) = "on"
fn flag(false) = "off"

fn sign(-1) = "minus"
fn sign(_) = "other"

fn main() do
  println("${fib(0)} ${fib(1)} ${fib(10)} ${fib(20)}")
  println(greet("") <> "; " <> greet("Ada"))
  println(flag(true) <> " " <> flag(false))
  println(sign(-1) <> " " <> sign(1))
end
