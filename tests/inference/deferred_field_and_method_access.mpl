struct User do
  name :: String
  age :: Int
end

fn main() do
  let get_name = fn u -> u.name end
  let shout = fn u -> u.name.to_upper() end
  let ada = User { name: "Ada", age: 36 }
  println("${get_name(ada)} ${shout(ada)}")
  let ages = List.map([ada], fn u -> u.age + 1 end)
  println("${ages}")
end
