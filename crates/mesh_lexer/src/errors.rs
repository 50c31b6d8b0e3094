//! Lexical errors as data, and the one function that words them (§8.5).
//!
//! The scanner records *what* went wrong and *where*; the prose, labels and
//! help texts are all here, so the messages required by the spec can be
//! checked against one table.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};

/// What went wrong, without position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LexErrorKind {
    InvalidChar(char),
    UnterminatedString,
    UnterminatedInterpolation,
    UnterminatedBlockComment,
    IntOutOfRange,
    FloatOutOfRange,
    MalformedNumber,
}

impl LexErrorKind {
    /// The P0001 diagnostic for this error at `span`.
    pub(crate) fn at(self, span: Span) -> Diagnostic {
        let diagnostic = Diagnostic::error(Code::PARSE, self.message()).label(span, self.label());
        match self {
            LexErrorKind::IntOutOfRange => {
                diagnostic.help("Int ranges from -9223372036854775808 to 9223372036854775807")
            }
            _ => diagnostic,
        }
    }

    fn message(self) -> String {
        match self {
            LexErrorKind::InvalidChar(c) => format!("invalid character `{}`", printable(c)),
            LexErrorKind::UnterminatedString => "unterminated string literal".into(),
            LexErrorKind::UnterminatedInterpolation => "unterminated string interpolation".into(),
            LexErrorKind::UnterminatedBlockComment => "unterminated block comment".into(),
            LexErrorKind::IntOutOfRange => "integer literal out of range".into(),
            LexErrorKind::FloatOutOfRange => "float literal out of range".into(),
            LexErrorKind::MalformedNumber => "malformed number literal".into(),
        }
    }

    fn label(self) -> &'static str {
        match self {
            LexErrorKind::InvalidChar(_) => "no token starts with this character",
            LexErrorKind::UnterminatedString => "this string is never closed",
            LexErrorKind::UnterminatedInterpolation => "this interpolation is never closed",
            LexErrorKind::UnterminatedBlockComment => "this comment is never closed",
            LexErrorKind::IntOutOfRange => "this does not fit in an Int",
            LexErrorKind::FloatOutOfRange => "this rounds to infinity",
            LexErrorKind::MalformedNumber => "expected a digit after the prefix",
        }
    }
}

/// Characters that would be invisible or break the message line are shown
/// as Rust-style escapes (`\u{feff}`); everything else as itself.
fn printable(c: char) -> String {
    if c.is_control() || c.is_whitespace() || c == '\u{feff}' {
        c.escape_unicode().to_string()
    } else {
        c.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped_in_messages() {
        assert_eq!(
            LexErrorKind::InvalidChar('@').message(),
            "invalid character `@`"
        );
        assert_eq!(
            LexErrorKind::InvalidChar('\u{b}').message(),
            "invalid character `\\u{b}`"
        );
        assert_eq!(
            LexErrorKind::InvalidChar('\u{feff}').message(),
            "invalid character `\\u{feff}`"
        );
    }
}
