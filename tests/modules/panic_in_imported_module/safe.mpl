pub fn ratio(a :: Int, b :: Int) -> Int = a / b
