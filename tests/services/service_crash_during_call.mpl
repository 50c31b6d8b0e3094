# A service whose handler panics terminates with the panic message, and a caller waiting for that
# call terminates with the service's exit reason (LANGUAGE.md §6.13): here `main`, so the program
# exits with status 1. stderr holds the service's crash line (its pid number is not fixed by the
# spec) and `[mesh] main crashed: division by zero`; it is not checked.
service Divider do
  fn init(d :: Int) -> Int do
    d
  end

  call Divide(n :: Int) :: Int do |d|
    (d, n / d)
  end
end

fn main() do
  let ok = Divider.start(4)
  println("100 / 4 = ${Divider.divide(ok, 100)}")
  let broken = Divider.start(0)
  println("calling the broken divider")
  println("never printed: ${Divider.divide(broken, 1)}")
end
