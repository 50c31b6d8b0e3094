pub fn hello(name :: String) -> String = "Hello " <> name
