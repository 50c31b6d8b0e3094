# `?` inside an impl method (LANGUAGE.md §5.16: the enclosing function is the method).
interface Validate do
  fn validate(self) -> Result<Int, String>
end

struct Form do
  age :: String
  height :: String
end

fn field(name :: String, s :: String) -> Result<Int, String> do
  case String.to_int(s) do
    Some(n) -> if n < 0 do Err("${name} is negative") else Ok(n) end
    None -> Err("${name} is missing")
  end
end

impl Validate for Form do
  fn validate(self) -> Result<Int, String> do
    let a = field("age", self.age)?
    let h = field("height", self.height)?
    Ok(a + h)
  end
end

fn main() do
  let forms = [Form { age: "30", height: "180" }, Form { age: "x", height: "1" }, Form { age: "5", height: "-2" }]
  for f in forms do
    case f.validate() do
      Ok(total) -> println("valid ${total}")
      Err(msg) -> println("invalid: ${msg}")
    end
  end
end
