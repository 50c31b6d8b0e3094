pub fn never_called(x :: Int) -> Int = x + 1
