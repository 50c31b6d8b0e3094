from Util.TextTools import banner, shout

fn main() do
  println(banner("shapes"))
  println(shout("hey"))
end
