struct Profile do
  name :: String
  email :: String?
  age :: Int?
end

fn contact(p :: Profile) -> String do
  case p.email do
    Some(e) -> e
    None -> "no email for ${p.name}"
  end
end

fn main() do
  let a = Profile { name: "Ann", email: Some("ann@example.org"), age: None }
  let b = %{a | email: None, age: Some(40)}
  println(contact(a))
  println(contact(b))
  println("${a}")
  println(b.inspect())
end
