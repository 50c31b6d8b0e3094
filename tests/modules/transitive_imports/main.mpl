from App.Service import summary

fn main() do
  println(summary())
end
