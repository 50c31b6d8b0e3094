import Helper

pub fn f() = 1
