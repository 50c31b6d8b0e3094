pub fn hello(name :: String) -> String = "Bonjour " <> name
