# A user `impl Default` supplies the value for a missing key (STDLIB.md §5.6).
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
  let configs = %{"db" => Config { retries: 5, name: "db" }}
  let db = Map.get(configs, "db")
  let web = Map.get(configs, "web")
  println("${db.retries} ${db.name}")
  println("${web.retries} ${web.name}")
  println("${configs["cache"]}")
end
