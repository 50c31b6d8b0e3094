pub fn name() -> String = "front"
