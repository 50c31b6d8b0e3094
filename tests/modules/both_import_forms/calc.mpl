pub fn add(a :: Int, b :: Int) -> Int = a + b

pub fn twice(x :: Int) -> Int = add(x, x)
