struct Config do
  retries :: Int
  name :: String
end

impl Default for Config do
  fn default() -> Config do
    Config { retries: 3, name: "svc" }
  end
end

fn main() do
  let a :: Int = default()
  let b :: (String, Bool, List<Int>) = default()
  let c :: Config = default()
  let d = Config.default()
  println("${a} ${b} ${c} ${d.retries} ${Int.default()} ${Float.default()}")
end
