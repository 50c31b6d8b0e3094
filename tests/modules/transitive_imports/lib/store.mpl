pub fn items() -> List<String> = ["a", "b", "c"]

pub fn count() -> Int = List.length(items())
