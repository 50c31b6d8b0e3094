# A user `impl Display` drives interpolation, `to_string` and `Display.to_string` (LANGUAGE.md §7,
# show rule 1). The struct keeps its default derives, so `inspect` is the derived Debug form.
struct Money do
  cents :: Int
end

impl Display for Money do
  fn to_string(self) -> String do
    let euros = self.cents / 100
    let rest = self.cents % 100
    if rest < 10 do "€${euros}.0${rest}" else "€${euros}.${rest}" end
  end
end

fn main() do
  let m = Money { cents: 1205 }
  println("${m}")
  println(m.to_string())
  println("total: ${Money { cents: 99 }} and ${Money { cents: 50 }}")
  println(Display.to_string(Money { cents: 7 }))
  println(m.inspect())
end
