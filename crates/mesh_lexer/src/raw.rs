//! The token DFA: one `logos` enum for everything outside string bodies.
//!
//! `logos` compiles the fixed spellings (operators, keywords-as-words,
//! number shapes) into one state machine, which is faster and easier to
//! audit than a hand-written `match` on bytes. Three things a DFA cannot do
//! are delegated to small callbacks that advance the lexer by hand:
//!
//! * nested `#= … =#` block comments (nesting needs a counter),
//! * identifiers with non-ASCII letters (the Unicode `Alphabetic` and
//!   `Numeric` tables would bloat the generated automaton; `char` methods
//!   answer the same question exactly),
//! * atoms, which share the identifier continuation rule.
//!
//! String bodies are *not* lexed here: they need a stack of open strings and
//! interpolations, which lives in `scanner.rs`. This module only recognises
//! the opening quotes. Values of number literals are computed in
//! `numbers.rs`; here we only classify their shape.

use logos::{Lexer, Logos};

use crate::token::Token;

/// A raw token. Operators are produced directly as their final [`Token`];
/// everything whose meaning depends on its text is classified here and
/// decoded by the scanner.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t]+")]
pub(crate) enum RawTok {
    #[token("+", |_| Token::Plus)]
    #[token("++", |_| Token::PlusPlus)]
    #[token("-", |_| Token::Minus)]
    #[token("->", |_| Token::Arrow)]
    #[token("*", |_| Token::Star)]
    #[token("/", |_| Token::Slash)]
    #[token("%", |_| Token::Percent)]
    #[token("=", |_| Token::Eq)]
    #[token("==", |_| Token::EqEq)]
    #[token("!=", |_| Token::NotEq)]
    #[token("<", |_| Token::Lt)]
    #[token("<=", |_| Token::LtEq)]
    #[token(">", |_| Token::Gt)]
    #[token(">=", |_| Token::GtEq)]
    #[token("<>", |_| Token::Diamond)]
    #[token("=>", |_| Token::FatArrow)]
    #[token("|>", |_| Token::Pipe)]
    #[token("|", |_| Token::Bar)]
    #[token("||", |_| Token::BarBar)]
    #[token("&&", |_| Token::AmpAmp)]
    #[token("!", |_| Token::Bang)]
    #[token("?", |_| Token::Question)]
    #[token(":", |_| Token::Colon)]
    #[token("::", |_| Token::ColonColon)]
    #[token(".", |_| Token::Dot)]
    #[token("..", |_| Token::DotDot)]
    #[token("(", |_| Token::LParen)]
    #[token(")", |_| Token::RParen)]
    #[token("[", |_| Token::LBracket)]
    #[token("]", |_| Token::RBracket)]
    #[token("{", |_| Token::LBrace)]
    #[token("}", |_| Token::RBrace)]
    #[token("%{", |_| Token::PercentBrace)]
    #[token(",", |_| Token::Comma)]
    #[token(";", |_| Token::Semi)]
    Punct(Token),

    /// An identifier or keyword; the scanner looks at the text.
    #[regex(r"[A-Za-z_]", word_rest)]
    #[regex(r"[^\x00-\x7F]", non_ascii_word)]
    Word,

    /// `:name`; the scanner strips the colon.
    #[regex(r":[a-z_]", word_rest)]
    Atom,

    #[regex(r"[0-9][0-9_]*")]
    Decimal,
    #[regex(r"0[xX][0-9A-Fa-f_]*")]
    Hex,
    #[regex(r"0[oO][0-7_]*")]
    Octal,
    #[regex(r"0[bB][01_]*")]
    Binary,
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*")]
    #[regex(r"[0-9][0-9_]*\.[0-9][0-9_]*[eE][+-]?[0-9]+")]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9]+")]
    Float,

    #[token("\"")]
    Quote,
    #[token("\"\"\"")]
    TripleQuote,

    #[regex(r"\r\n|\r|\n")]
    Newline,

    /// Any comment. `false` for a block comment that reaches end of file.
    #[token("#", comment)]
    Comment(bool),
}

/// Consumes the rest of an identifier (or atom) after its first character.
fn word_rest(lex: &mut Lexer<RawTok>) {
    let len = ident_continue_len(lex.remainder());
    lex.bump(len);
}

/// A non-ASCII character starts an identifier only if it is alphabetic;
/// returning `false` makes logos report it as an error token.
fn non_ascii_word(lex: &mut Lexer<RawTok>) -> bool {
    let starts_word = lex.slice().chars().all(char::is_alphabetic);
    if starts_word {
        word_rest(lex);
    }
    starts_word
}

/// Byte length of the longest prefix of `text` made of `ident_continue`
/// characters (§2.3).
pub(crate) fn ident_continue_len(text: &str) -> usize {
    text.char_indices()
        .find(|&(_, c)| !is_ident_continue(c))
        .map_or(text.len(), |(i, _)| i)
}

pub(crate) fn is_ident_continue(c: char) -> bool {
    c.is_alphabetic() || c.is_numeric() || c == '_'
}

/// After `#`: a nested block comment if `=` follows, else a line comment.
fn comment(lex: &mut Lexer<RawTok>) -> bool {
    let rest = lex.remainder();
    if let Some(body) = rest.strip_prefix('=') {
        let (len, closed) = block_comment_len(body);
        lex.bump(1 + len);
        closed
    } else {
        lex.bump(rest.find(['\n', '\r']).unwrap_or(rest.len()));
        true
    }
}

/// Scans the body of a block comment whose opening `#=` is already
/// consumed. Returns the consumed length and whether the comment closed.
fn block_comment_len(body: &str) -> (usize, bool) {
    let bytes = body.as_bytes();
    let mut depth = 1usize;
    let mut i = 0;
    while i + 1 < bytes.len() {
        match (bytes[i], bytes[i + 1]) {
            (b'#', b'=') => depth += 1,
            (b'=', b'#') => depth -= 1,
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
        if depth == 0 {
            return (i, true);
        }
    }
    (body.len(), false)
}

/// A `logos` lexer over the whole file, with the one extra operation the
/// scanner needs: jumping over text it has consumed itself (string bodies).
pub(crate) struct RawLexer<'a> {
    inner: Lexer<'a, RawTok>,
}

impl<'a> RawLexer<'a> {
    pub(crate) fn new(text: &'a str) -> RawLexer<'a> {
        RawLexer {
            inner: RawTok::lexer(text),
        }
    }

    /// The next token and its byte range; `Err(())` marks bytes that start
    /// no token.
    pub(crate) fn next_token(&mut self) -> Option<(Result<RawTok, ()>, std::ops::Range<usize>)> {
        let tok = self.inner.next()?;
        Some((tok, self.inner.span()))
    }

    /// The offset where the next token will start.
    pub(crate) fn offset(&self) -> usize {
        self.inner.span().end
    }

    /// The text from [`RawLexer::offset`] on.
    pub(crate) fn rest(&self) -> &'a str {
        self.inner.remainder()
    }

    /// Skips `n` bytes. Never panics: a jump past the end or into the middle
    /// of a character is clamped to the next valid position.
    pub(crate) fn skip(&mut self, n: usize) {
        let rest = self.rest();
        let mut n = n.min(rest.len());
        while !rest.is_char_boundary(n) {
            n += 1;
        }
        self.inner.bump(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> Vec<(Result<RawTok, ()>, &str)> {
        let mut lex = RawLexer::new(text);
        let mut out = Vec::new();
        while let Some((tok, range)) = lex.next_token() {
            out.push((tok, &text[range]));
        }
        out
    }

    #[test]
    fn maximal_munch_backs_off_to_the_last_complete_token() {
        use RawTok::*;
        assert_eq!(
            raw("1..5 1.e 1.5e+x 2e"),
            vec![
                (Ok(Decimal), "1"),
                (Ok(Punct(Token::DotDot)), ".."),
                (Ok(Decimal), "5"),
                (Ok(Decimal), "1"),
                (Ok(Punct(Token::Dot)), "."),
                (Ok(Word), "e"),
                (Ok(Float), "1.5"),
                (Ok(Word), "e"),
                (Ok(Punct(Token::Plus)), "+"),
                (Ok(Word), "x"),
                (Ok(Decimal), "2"),
                (Ok(Word), "e"),
            ]
        );
    }

    #[test]
    fn block_comments_nest() {
        assert_eq!(block_comment_len(" a #= b =# c =# d"), (15, true));
        assert_eq!(block_comment_len(" a #= b =# c"), (12, false));
        assert_eq!(block_comment_len("=#"), (2, true));
        assert_eq!(block_comment_len(""), (0, false));
    }

    #[test]
    fn error_tokens_cover_one_character() {
        assert_eq!(raw("&x"), vec![(Err(()), "&"), (Ok(RawTok::Word), "x")]);
        assert_eq!(raw("\u{2028}"), vec![(Err(()), "\u{2028}")]);
        assert_eq!(raw("é1"), vec![(Ok(RawTok::Word), "é1")]);
    }

    #[test]
    fn skip_clamps_to_char_boundaries() {
        let mut lex = RawLexer::new("é!");
        lex.skip(1);
        assert_eq!(lex.offset(), 2);
        lex.skip(99);
        assert_eq!(lex.offset(), 3);
    }
}
