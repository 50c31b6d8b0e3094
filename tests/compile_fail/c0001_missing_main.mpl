# error: C0001 main.mpl does not define `fn main()`
# Interpretation: the §8.6 message has no trailing space after the closing backtick.
fn helper() = 1
