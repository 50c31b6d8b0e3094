# Derived Ord compares variants by declaration order, then payloads left to right.
type Priority do
  Low
  Medium
  High
end deriving(Eq, Ord, Display, Debug)

type Job do
  Idle
  Run(Priority, String)
  Done(Int)
end deriving(Eq, Ord, Debug)

fn main() do
  println("${Low < High} ${High < Medium} ${Medium >= Medium} ${compare(High, Low)}")
  println("${Idle < Run(Low, "a")} ${Run(High, "a") < Done(0)} ${Run(Low, "z") < Run(Medium, "a")} ${Run(Low, "a") < Run(Low, "b")}")
  println("${Done(3) > Done(2)} ${compare(Done(1), Done(1))}")
  println(Run(High, "deploy").inspect())
  println("${Run(High, "deploy")}")
end
