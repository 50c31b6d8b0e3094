pub fn name() -> String = "routes v2"
