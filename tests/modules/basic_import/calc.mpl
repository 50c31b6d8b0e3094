pub fn add(a :: Int, b :: Int) -> Int = a + b

pub fn square(x :: Int) -> Int = times(x, x)

fn times(a :: Int, b :: Int) -> Int = a * b
