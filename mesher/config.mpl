# mesher's configuration from the environment (MESHER.md §2).

# The value of environment variable `name`, or `default` when it is unset.
pub fn env_or(name :: String, default :: String) -> String do
  case Env.get(name) do
    Some(value) -> value
    None -> default
  end
end

# A port from environment variable `name`; unset or unparseable values give `default`.
pub fn port(name :: String, default :: Int) -> Int do
  case Int.parse(env_or(name, "")) do
    Some(p) when p > 0 and p < 65536 -> p
    _ -> default
  end
end

# The peer node names of a comma-separated list (blank entries are skipped).
pub fn peers(text :: String) -> List<String> do
  List.filter(List.map(String.split(text, ","), fn p -> String.trim(p) end), fn p -> p != "" end)
end
