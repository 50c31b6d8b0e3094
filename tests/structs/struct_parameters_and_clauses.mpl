struct Account do
  owner :: String
  balance :: Int
end

fn status(Account { balance: 0 }) = "empty"
fn status(Account { balance: b }) when b < 0 = "overdrawn"
fn status(Account { owner: o, balance: b }) = "${o} has ${b}"

fn deposit(acc :: Account, amount :: Int) -> Account do
  %{acc | balance: acc.balance + amount}
end

fn main() do
  let a = Account { owner: "Bo", balance: 0 }
  println(status(a))
  let b = deposit(a, 50)
  println(status(b))
  println(status(deposit(b, -80)))
  println(status(a))
end
