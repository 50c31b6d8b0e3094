//! Values of number literals (§2.6, §2.7).
//!
//! The DFA in `raw.rs` decides where a literal ends and which form it has;
//! this module turns its text into the value the parser sees. Keeping the
//! arithmetic apart from the token shapes means each can be tested on its
//! own, and the range rules of the spec live in exactly one place.

use crate::errors::LexErrorKind;
use crate::token::Token;

/// 2^63: the largest literal the lexer lets through. Only the parser knows
/// whether it is the operand of a unary minus (§2.6).
const MAX_INT_LITERAL: u64 = 1 << 63;

/// The radix of an integer literal's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Radix {
    Decimal,
    Hex,
    Octal,
    Binary,
}

impl Radix {
    fn base(self) -> u32 {
        match self {
            Radix::Decimal => 10,
            Radix::Hex => 16,
            Radix::Octal => 8,
            Radix::Binary => 2,
        }
    }

    /// Length of the `0x`-style prefix.
    fn prefix_len(self) -> usize {
        match self {
            Radix::Decimal => 0,
            _ => 2,
        }
    }
}

/// The value of an integer literal whose text matched the form `radix`.
pub(crate) fn int_value(text: &str, radix: Radix) -> Result<Token, LexErrorKind> {
    let digits: String = text[radix.prefix_len()..]
        .chars()
        .filter(|&c| c != '_')
        .collect();
    if digits.is_empty() {
        return Err(LexErrorKind::MalformedNumber);
    }
    match u64::from_str_radix(&digits, radix.base()) {
        Ok(value) if value <= MAX_INT_LITERAL => Ok(Token::Int(value)),
        // The DFA only passes valid digits, so the only failure is overflow.
        _ => Err(LexErrorKind::IntOutOfRange),
    }
}

/// The value of a float literal: the nearest binary64, ties to even, which
/// is exactly what Rust's `f64::from_str` computes.
pub(crate) fn float_value(text: &str) -> Result<Token, LexErrorKind> {
    let cleaned: String = text.chars().filter(|&c| c != '_').collect();
    match cleaned.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(Token::Float(value)),
        _ => Err(LexErrorKind::FloatOutOfRange),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(text: &str, radix: Radix) -> Result<Token, LexErrorKind> {
        int_value(text, radix)
    }

    #[test]
    fn integer_forms_have_their_mathematical_value() {
        assert_eq!(int("0xFF", Radix::Hex), Ok(Token::Int(255)));
        assert_eq!(int("0X_ff", Radix::Hex), Ok(Token::Int(255)));
        assert_eq!(int("0b1010", Radix::Binary), Ok(Token::Int(10)));
        assert_eq!(int("0o17", Radix::Octal), Ok(Token::Int(15)));
        assert_eq!(int("1_000_000", Radix::Decimal), Ok(Token::Int(1_000_000)));
        assert_eq!(int("007", Radix::Decimal), Ok(Token::Int(7)));
    }

    #[test]
    fn integer_range_allows_exactly_two_to_the_63() {
        assert_eq!(
            int("9223372036854775807", Radix::Decimal),
            Ok(Token::Int(i64::MAX as u64))
        );
        assert_eq!(
            int("9223372036854775808", Radix::Decimal),
            Ok(Token::Int(1 << 63))
        );
        assert_eq!(
            int("9223372036854775809", Radix::Decimal),
            Err(LexErrorKind::IntOutOfRange)
        );
        assert_eq!(
            int("0x8000000000000001", Radix::Hex),
            Err(LexErrorKind::IntOutOfRange)
        );
        assert_eq!(
            int("99999999999999999999999", Radix::Decimal),
            Err(LexErrorKind::IntOutOfRange)
        );
    }

    #[test]
    fn prefix_without_digits_is_malformed() {
        assert_eq!(int("0x", Radix::Hex), Err(LexErrorKind::MalformedNumber));
        assert_eq!(
            int("0b__", Radix::Binary),
            Err(LexErrorKind::MalformedNumber)
        );
        assert_eq!(int("0o", Radix::Octal), Err(LexErrorKind::MalformedNumber));
    }

    #[test]
    fn floats_round_to_nearest_even() {
        assert_eq!(float_value("1.5"), Ok(Token::Float(1.5)));
        assert_eq!(float_value("1_000.25e-2"), Ok(Token::Float(10.0025)));
        assert_eq!(float_value("1e10"), Ok(Token::Float(1e10)));
        assert_eq!(float_value("2E+3"), Ok(Token::Float(2000.0)));
        assert_eq!(float_value("0.1"), Ok(Token::Float(0.1)));
        // 2^53 + 1 lies halfway between two binary64 values: ties to even.
        assert_eq!(
            float_value("9007199254740993.0"),
            Ok(Token::Float(9007199254740992.0))
        );
        assert_eq!(float_value("1e-400"), Ok(Token::Float(0.0)));
    }

    #[test]
    fn floats_that_round_to_infinity_are_errors() {
        assert_eq!(float_value("1e309"), Err(LexErrorKind::FloatOutOfRange));
        assert_eq!(float_value("1.8e308"), Err(LexErrorKind::FloatOutOfRange));
        assert_eq!(
            float_value("1.7976931348623157e308"),
            Ok(Token::Float(f64::MAX))
        );
    }
}
