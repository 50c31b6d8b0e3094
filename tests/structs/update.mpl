struct Config do
  host :: String
  port :: Int
  debug :: Bool
end

fn main() do
  let base = Config { host: "localhost", port: 80, debug: false }
  let dev = %{base | port: 8080, debug: true}
  let moved = %{dev | host: "example.org"}
  println("${base}")
  println("${dev}")
  println("${moved}")
  println("${base.port} ${dev.port} ${moved.port}")
end
