struct Money do
  cents :: Int
  currency :: String
end deriving(Eq)

type Coin do
  Heads
  Tails
end deriving(Eq)

fn main() do
  let a = Money { cents: 100, currency: "EUR" }
  println("${a == Money { cents: 100, currency: "EUR" }} ${a == %{a | currency: "USD"}} ${a != %{a | cents: 5}}")
  println("${Heads == Tails} ${Heads != Tails} ${a.cents}")
end
