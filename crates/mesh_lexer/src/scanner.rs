//! The scanner: raw tokens plus string bodies, in source order.
//!
//! The DFA of `raw.rs` handles code; string bodies are read by `strings.rs`.
//! This module switches between the two using a stack of open strings, each
//! possibly inside an interpolation, so `"a${f("b${c}")}"` works at any depth.
//! Inside an interpolation, `{` and `%{` are counted: the `}` that brings the
//! count back to zero is the interpolation's end and the string resumes.
//!
//! The output still contains every line break as a `Newline`; which of them
//! matter is decided afterwards by `layout.rs`.

use std::ops::Range;

use mesh_common::Span;
use mesh_diagnostics::Diagnostic;

use crate::errors::LexErrorKind;
use crate::numbers::{float_value, int_value, Radix};
use crate::raw::{RawLexer, RawTok};
use crate::strings::{scan_text, Stop};
use crate::token::Token;

/// Tokens (with every line break) and diagnostics, before layout.
pub(crate) struct Scanned {
    pub(crate) tokens: Vec<(Token, Span)>,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// A string whose closing quote has not been seen yet.
struct OpenString {
    triple: bool,
    /// The opening quote(s).
    open: Span,
    /// Set while the body is suspended by a `${ … }`.
    interpolation: Option<Interpolation>,
}

struct Interpolation {
    /// The `${`.
    open: Span,
    /// `{` and `%{` opened inside the interpolation and not yet closed.
    braces: u32,
}

/// Scans `text` into raw tokens. Never panics.
pub(crate) fn scan(text: &str) -> Scanned {
    let mut scanner = Scanner::new(text);
    scanner.skip_bom();
    while scanner.step() {}
    scanner.close_at_end_of_file();
    Scanned {
        tokens: scanner.tokens,
        diagnostics: scanner.diagnostics,
    }
}

struct Scanner<'a> {
    text: &'a str,
    raw: RawLexer<'a>,
    strings: Vec<OpenString>,
    tokens: Vec<(Token, Span)>,
    diagnostics: Vec<Diagnostic>,
    /// End of the last invalid character, so a run of them is reported once.
    invalid_run_end: Option<usize>,
    /// An unterminated block comment already explains the end of file.
    end_of_file_reported: bool,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Scanner<'a> {
        Scanner {
            text,
            raw: RawLexer::new(text),
            strings: Vec::new(),
            tokens: Vec::new(),
            diagnostics: Vec::new(),
            invalid_run_end: None,
            end_of_file_reported: false,
        }
    }

    fn skip_bom(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.raw.skip('\u{feff}'.len_utf8());
        }
    }

    /// Scans one token or one run of string text; `false` at end of file.
    fn step(&mut self) -> bool {
        if self.in_string_body() {
            return self.string_text();
        }
        match self.raw.next_token() {
            Some((Ok(tok), range)) => self.raw_token(tok, range),
            Some((Err(()), range)) => self.invalid(range),
            None => return false,
        }
        true
    }

    fn in_string_body(&self) -> bool {
        self.strings
            .last()
            .is_some_and(|s| s.interpolation.is_none())
    }

    fn push(&mut self, token: Token, range: Range<usize>) {
        self.tokens.push((token, Span::from(range)));
    }

    fn error(&mut self, kind: LexErrorKind, range: Range<usize>) {
        self.diagnostics.push(kind.at(Span::from(range)));
    }

    fn raw_token(&mut self, tok: RawTok, range: Range<usize>) {
        let text = &self.text[range.clone()];
        match tok {
            RawTok::Punct(token) => self.punct(token, range),
            RawTok::Word => self.push(
                Token::keyword(text).unwrap_or_else(|| Token::Ident(text.into())),
                range,
            ),
            RawTok::Atom => self.push(Token::Atom(text[1..].into()), range),
            RawTok::Decimal => self.number(int_value(text, Radix::Decimal), range),
            RawTok::Hex => self.number(int_value(text, Radix::Hex), range),
            RawTok::Octal => self.number(int_value(text, Radix::Octal), range),
            RawTok::Binary => self.number(int_value(text, Radix::Binary), range),
            RawTok::Float => self.number(float_value(text), range),
            RawTok::Quote => self.open_string(false, range),
            RawTok::TripleQuote => self.open_string(true, range),
            RawTok::Newline => self.push(Token::Newline, range),
            RawTok::Comment(true) => {}
            RawTok::Comment(false) => self.unterminated_comment(range.start),
        }
    }

    /// Reports one diagnostic per run of characters that start no token.
    fn invalid(&mut self, range: Range<usize>) {
        let continues_run = self.invalid_run_end == Some(range.start);
        self.invalid_run_end = Some(range.end);
        if continues_run {
            return;
        }
        let c = self.text[range.clone()]
            .chars()
            .next()
            .unwrap_or('\u{fffd}');
        self.error(LexErrorKind::InvalidChar(c), range);
    }

    /// A literal with an error still yields a token, so the parser does not
    /// report a missing operand on top of the lexical error.
    fn number(&mut self, value: Result<Token, LexErrorKind>, range: Range<usize>) {
        match value {
            Ok(token) => self.push(token, range),
            Err(kind) => {
                self.error(kind, range.clone());
                let placeholder = if kind == LexErrorKind::FloatOutOfRange {
                    Token::Float(0.0)
                } else {
                    Token::Int(0)
                };
                self.push(placeholder, range);
            }
        }
    }

    fn unterminated_comment(&mut self, start: usize) {
        self.error(LexErrorKind::UnterminatedBlockComment, start..start + 2);
        self.end_of_file_reported = true;
    }

    /// Punctuation, with the brace counting of an open interpolation.
    fn punct(&mut self, token: Token, range: Range<usize>) {
        let interpolation = self
            .strings
            .last_mut()
            .and_then(|s| s.interpolation.as_mut());
        let Some(interp) = interpolation else {
            return self.push(token, range);
        };
        match token {
            Token::LBrace | Token::PercentBrace => interp.braces += 1,
            Token::RBrace if interp.braces == 0 => return self.close_interpolation(range),
            Token::RBrace => interp.braces -= 1,
            _ => {}
        }
        self.push(token, range);
    }

    fn open_string(&mut self, triple: bool, range: Range<usize>) {
        let open = Span::from(range.clone());
        self.strings.push(OpenString {
            triple,
            open,
            interpolation: None,
        });
        self.push(Token::StringStart, range);
    }

    fn close_interpolation(&mut self, range: Range<usize>) {
        if let Some(string) = self.strings.last_mut() {
            string.interpolation = None;
        }
        self.push(Token::InterpEnd, range);
    }

    /// Reads string text up to the next quote, `${` or end of file.
    fn string_text(&mut self) -> bool {
        let triple = self.strings.last().is_some_and(|s| s.triple);
        let start = self.raw.offset();
        let text = scan_text(self.raw.rest(), triple);
        let stop_at = start + text.raw_len;
        if text.raw_len > 0 {
            self.push(Token::StringContent(text.value), start..stop_at);
        }
        self.raw.skip(text.raw_len);
        match text.stop {
            Stop::Close(len) => self.close_string(stop_at..stop_at + len),
            Stop::Interpolation => self.open_interpolation(stop_at..stop_at + 2),
            Stop::EndOfFile => return false,
        }
        true
    }

    fn close_string(&mut self, range: Range<usize>) {
        self.raw.skip(range.len());
        self.strings.pop();
        self.push(Token::StringEnd, range);
    }

    fn open_interpolation(&mut self, range: Range<usize>) {
        self.raw.skip(range.len());
        let open = Span::from(range.clone());
        if let Some(string) = self.strings.last_mut() {
            string.interpolation = Some(Interpolation { open, braces: 0 });
        }
        self.push(Token::InterpStart, range);
    }

    /// Reports the innermost unclosed string or interpolation and closes
    /// every open one with empty tokens at the end, so the parser always sees
    /// balanced `StringStart … StringEnd`.
    fn close_at_end_of_file(&mut self) {
        if !self.end_of_file_reported {
            self.report_innermost_unclosed();
        }
        let end = self.text.len();
        while let Some(string) = self.strings.pop() {
            if string.interpolation.is_some() {
                self.push(Token::InterpEnd, end..end);
            }
            self.push(Token::StringEnd, end..end);
        }
    }

    fn report_innermost_unclosed(&mut self) {
        let Some(string) = self.strings.last() else {
            return;
        };
        let (kind, span) = match &string.interpolation {
            Some(interp) => (LexErrorKind::UnterminatedInterpolation, interp.open),
            None => (LexErrorKind::UnterminatedString, string.open),
        };
        self.diagnostics.push(kind.at(span));
    }
}
