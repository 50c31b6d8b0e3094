pub fn name() -> String = "back"
