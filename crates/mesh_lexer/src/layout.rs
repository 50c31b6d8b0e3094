//! Which line breaks are statement separators (§2.12).
//!
//! The spec phrases the rules in terms of the parser's bracket depth, but
//! every rule can be decided from the tokens alone: the depth is the number
//! of open `(`, `[`, `{`, `%{` and `${`, and the other rules look only at the
//! neighbouring tokens. Doing it here, as a pass over the scanned tokens,
//! keeps the grammar free of "skip newlines" noise: the parser sees a
//! `Newline` only where one separates statements.
//!
//! Rules applied, in order:
//! 1. inside brackets every line break is dropped;
//! 2. a line break directly after a token that [`Token::continues_line`]
//!    (a binary operator or `=`) is dropped;
//! 3. line breaks before a `|>` are dropped;
//! 4. a run of line breaks becomes one, and line breaks before the first
//!    token of the file are dropped.
//!
//! A trailing `Eof` is appended with an empty span at the end of the text.

use mesh_common::Span;

use crate::token::Token;

/// Applies the newline rules to the scanned tokens and appends `Eof`.
pub(crate) fn layout(tokens: Vec<(Token, Span)>, text_len: usize) -> Vec<(Token, Span)> {
    let mut layout = Layout::default();
    for (token, span) in tokens {
        layout.push(token, span);
    }
    layout.finish(text_len)
}

#[derive(Default)]
struct Layout {
    out: Vec<(Token, Span)>,
    /// Open brackets, innermost last; `true` marks an interpolation `${`.
    open: Vec<bool>,
    /// A separating line break not yet emitted (the first of a run).
    pending_newline: Option<Span>,
}

impl Layout {
    fn push(&mut self, token: Token, span: Span) {
        if token == Token::Newline {
            return self.newline(span);
        }
        if let Some(newline) = self.pending_newline.take() {
            if token != Token::Pipe {
                self.out.push((Token::Newline, newline));
            }
        }
        self.track_depth(&token);
        self.out.push((token, span));
    }

    fn newline(&mut self, span: Span) {
        let continues = match self.out.last() {
            None => true,
            Some((previous, _)) => previous.continues_line(),
        };
        if self.open.is_empty() && !continues && self.pending_newline.is_none() {
            self.pending_newline = Some(span);
        }
    }

    /// Keeps the stack of open brackets. A closer never pops an
    /// interpolation's `${`, and `InterpEnd` pops everything opened since its
    /// `${`, so an unbalanced bracket inside an interpolation does not leak
    /// out of the string. Stray closers at depth 0 are ignored.
    fn track_depth(&mut self, token: &Token) {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace | Token::PercentBrace => {
                self.open.push(false)
            }
            Token::InterpStart => self.open.push(true),
            Token::RParen | Token::RBracket | Token::RBrace if self.open.last() == Some(&false) => {
                self.open.pop();
            }
            Token::InterpEnd => while self.open.pop() == Some(false) {},
            _ => {}
        }
    }

    fn finish(mut self, text_len: usize) -> Vec<(Token, Span)> {
        if let Some(newline) = self.pending_newline.take() {
            self.out.push((Token::Newline, newline));
        }
        self.out.push((Token::Eof, Span::empty(text_len as u32)));
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(tokens: &[Token]) -> Vec<Token> {
        let spanned = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), Span::new(i as u32, i as u32 + 1)));
        layout(spanned.collect(), tokens.len())
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    fn ident(name: &str) -> Token {
        Token::Ident(name.into())
    }

    #[test]
    fn interpolation_end_closes_brackets_left_open_inside() {
        use Token::*;
        let tokens = [InterpStart, LParen, InterpEnd, Newline, ident("x")];
        assert_eq!(
            run(&tokens),
            vec![InterpStart, LParen, InterpEnd, Newline, ident("x"), Eof]
        );
    }

    #[test]
    fn stray_closers_do_not_go_below_zero() {
        use Token::*;
        let tokens = [RParen, RBrace, Newline, ident("x")];
        assert_eq!(run(&tokens), vec![RParen, RBrace, Newline, ident("x"), Eof]);
    }

    #[test]
    fn collapsed_newline_keeps_the_first_span() {
        let tokens = vec![
            (ident("a"), Span::new(0, 1)),
            (Token::Newline, Span::new(1, 2)),
            (Token::Newline, Span::new(2, 4)),
            (ident("b"), Span::new(4, 5)),
        ];
        let out = layout(tokens, 5);
        assert_eq!(out[1], (Token::Newline, Span::new(1, 2)));
        assert_eq!(out.len(), 4);
    }
}
