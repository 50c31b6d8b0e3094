//! String bodies (§2.8): escapes, the closing quote and `${`.
//!
//! A string body is not a regular language once interpolations can contain
//! further strings, so it is scanned by hand rather than by the DFA. This
//! module only knows how to read *one run of text* up to the next point of
//! interest; the stack of open strings and interpolations is kept by the
//! scanner, which calls [`scan_text`] each time a body resumes.

/// Why a run of string text stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stop {
    /// At the closing `"` or `"""` (the payload is its byte length).
    Close(usize),
    /// At a `${` that opens an interpolation.
    Interpolation,
    /// The file ended first.
    EndOfFile,
}

/// One run of text inside a string body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Text {
    /// The decoded value (escapes applied).
    pub(crate) value: String,
    /// Bytes of source consumed, not counting the stop itself.
    pub(crate) raw_len: usize,
    pub(crate) stop: Stop,
}

/// Reads string text from the start of `rest` up to the closing quote of a
/// `"…"` (or, if `triple`, a `"""…"""`) string, an interpolation, or the end
/// of the input.
pub(crate) fn scan_text(rest: &str, triple: bool) -> Text {
    let mut value = String::new();
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let stop = match c {
            '"' if !triple => Some(Stop::Close(1)),
            '"' if rest[i..].starts_with("\"\"\"") => Some(Stop::Close(3)),
            '$' if rest[i + 1..].starts_with('{') => Some(Stop::Interpolation),
            _ => None,
        };
        if let Some(stop) = stop {
            return Text {
                value,
                raw_len: i,
                stop,
            };
        }
        match c {
            '\\' => value.extend(chars.next().map(|(_, escaped)| unescape(escaped))),
            _ => value.push(c),
        }
    }
    Text {
        value,
        raw_len: rest.len(),
        stop: Stop::EndOfFile,
    }
}

/// The value of the escape `\c` (§2.8): six named escapes, and any other
/// character stands for itself.
fn unescape(c: char) -> char {
    match c {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: &str, raw_len: usize, stop: Stop) -> Text {
        Text {
            value: value.into(),
            raw_len,
            stop,
        }
    }

    #[test]
    fn stops_at_the_closing_quote() {
        assert_eq!(
            scan_text(r#"abc" rest"#, false),
            text("abc", 3, Stop::Close(1))
        );
        assert_eq!(scan_text(r#"" rest"#, false), text("", 0, Stop::Close(1)));
    }

    #[test]
    fn triple_quoted_strings_contain_quotes() {
        assert_eq!(
            scan_text(r#"a "b" ""c"""d"#, true),
            text(r#"a "b" ""c"#, 9, Stop::Close(3))
        );
        assert_eq!(
            scan_text("\nx\n\"\"\"", true),
            text("\nx\n", 3, Stop::Close(3))
        );
    }

    #[test]
    fn escapes_are_decoded() {
        let src = r#"\n\t\r\0\\\"\$\{\u{41}\q""#;
        assert_eq!(
            scan_text(src, false),
            text("\n\t\r\0\\\"${u{41}q", src.len() - 1, Stop::Close(1))
        );
    }

    #[test]
    fn escaped_dollar_brace_is_literal() {
        assert_eq!(
            scan_text(r#"\${x}""#, false),
            text("${x}", 5, Stop::Close(1))
        );
    }

    #[test]
    fn interpolation_stops_the_text() {
        assert_eq!(scan_text("a${b}", false), text("a", 1, Stop::Interpolation));
        assert_eq!(
            scan_text("$a $$${", false),
            text("$a $$", 5, Stop::Interpolation)
        );
    }

    #[test]
    fn hash_brace_and_raw_line_breaks_are_text() {
        assert_eq!(
            scan_text("#{x}\r\ny\"", false),
            text("#{x}\r\ny", 7, Stop::Close(1))
        );
    }

    #[test]
    fn end_of_file_inside_a_string() {
        assert_eq!(scan_text("abc", false), text("abc", 3, Stop::EndOfFile));
        assert_eq!(scan_text("abc\\", false), text("abc", 4, Stop::EndOfFile));
        assert_eq!(scan_text("a\"\"", true), text("a\"\"", 3, Stop::EndOfFile));
    }
}
