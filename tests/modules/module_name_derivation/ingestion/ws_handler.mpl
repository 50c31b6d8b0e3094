pub fn name() -> String = "ws handler"
