//! Error recovery: skipping to a synchronisation point.
//!
//! After an error the parser skips tokens until a point where parsing can
//! resume: the next separator of the current statement, the next `,` of the
//! current list, or a token that belongs to an enclosing construct (`end`,
//! the closer of an open bracket, end of file). While skipping, brackets and
//! `do … end` / closure `fn … end` pairs opened *during the skip* are
//! matched, so a broken line containing a whole nested block is skipped as
//! one unit instead of stopping at the block's inner `end`.
//!
//! Skipping is iterative (no recursion), so it is safe on any input.

use mesh_lexer::Token;

use crate::parser::{is_sep, Parser};

/// Something opened while skipping.
#[derive(Clone, Debug, PartialEq)]
enum Open {
    /// A bracket; the token that closes it.
    Delim(Token),
    /// `do`, closed by `end`.
    Do,
    /// A closure `fn`: its `->` or `do` does not open another level.
    Closure { opened: bool },
}

impl Parser<'_> {
    /// Skips until `stop` holds (or an enclosing construct's token appears)
    /// outside anything opened during the skip. Returns whether any token was
    /// consumed.
    pub(crate) fn skip_until(&mut self, stop: impl Fn(&Token) -> bool) -> bool {
        let start = self.pos();
        let mut open: Vec<Open> = Vec::new();
        loop {
            let token = self.peek().clone();
            if token == Token::Eof {
                break;
            }
            if open.is_empty() && (stop(&token) || self.owned_by_enclosing(&token)) {
                break;
            }
            if !self.skip_one(&mut open, &token) {
                break;
            }
        }
        self.pos() != start
    }

    /// `end` and the closers of open brackets belong to enclosing constructs.
    fn owned_by_enclosing(&self, token: &Token) -> bool {
        *token == Token::End || self.closes_open_delim(token)
    }

    /// Consumes one token while tracking nesting; false means "stop here"
    /// (a closer or `end` that belongs to an enclosing construct).
    fn skip_one(&mut self, open: &mut Vec<Open>, token: &Token) -> bool {
        let keep_going = match token {
            Token::RParen | Token::RBracket | Token::RBrace | Token::InterpEnd => {
                close_delim(open, token) || !self.closes_open_delim(token)
            }
            Token::End => close_block(open),
            _ => {
                self.track_opener(open, token);
                true
            }
        };
        if keep_going {
            self.bump();
        }
        keep_going
    }

    fn track_opener(&self, open: &mut Vec<Open>, token: &Token) {
        match token {
            Token::LParen => open.push(Open::Delim(Token::RParen)),
            Token::LBracket => open.push(Open::Delim(Token::RBracket)),
            Token::LBrace | Token::PercentBrace => open.push(Open::Delim(Token::RBrace)),
            Token::InterpStart => open.push(Open::Delim(Token::InterpEnd)),
            Token::Do => match open.last_mut() {
                Some(Open::Closure { opened }) if !*opened => *opened = true,
                _ => open.push(Open::Do),
            },
            Token::Arrow => {
                if let Some(Open::Closure { opened }) = open.last_mut() {
                    *opened = true;
                }
            }
            Token::Fn if !self.fn_starts_definition() => open.push(Open::Closure { opened: false }),
            _ => {}
        }
    }

    /// A `fn` at statement start followed by a name is a definition, whose
    /// `do` (if any) opens the block.
    fn fn_starts_definition(&self) -> bool {
        let at_statement_start = match self.prev_token() {
            None => true,
            Some(prev) => is_sep(prev) || matches!(prev, Token::Do | Token::End),
        };
        at_statement_start && matches!(self.nth(1), Token::Ident(_))
    }

    /// Recovery inside a comma-separated list closed by `close`: skips to the
    /// next `,` or `close`. False if the list cannot continue (and always
    /// while speculating, where recovery is pointless).
    pub(crate) fn recover_list_item(&mut self, close: &Token) -> bool {
        if self.is_speculating() {
            return false;
        }
        self.skip_until(|t| *t == Token::Comma || t == close);
        self.at(&Token::Comma) || self.at(close)
    }

    /// Skips the rest of a broken line: to the next separator (or a token
    /// for which `also_stop` holds), consuming at least one token unless at
    /// such a point already.
    pub(crate) fn recover_line(&mut self, also_stop: impl Fn(&Token) -> bool) {
        self.skip_until(|t| is_sep(t) || also_stop(t));
    }

    /// Skips a `do … end` block (the current token is `do`) as one unit.
    pub(crate) fn skip_do_block(&mut self) {
        let mut open = Vec::new();
        loop {
            let token = self.peek().clone();
            if token == Token::Eof || !self.skip_one(&mut open, &token) {
                return;
            }
            if open.is_empty() {
                return;
            }
        }
    }
}

/// Pops up to and including the matching bracket; false if none is open.
fn close_delim(open: &mut Vec<Open>, closer: &Token) -> bool {
    let Some(index) = open.iter().rposition(|o| *o == Open::Delim(closer.clone())) else {
        return false;
    };
    open.truncate(index);
    true
}

/// Pops up to and including the innermost `do` or closure; false if none is
/// open (the `end` belongs to an enclosing construct).
fn close_block(open: &mut Vec<Open>) -> bool {
    let Some(index) = open.iter().rposition(|o| !matches!(o, Open::Delim(_))) else {
        return false;
    };
    open.truncate(index);
    true
}

#[cfg(test)]
mod tests {
    use mesh_common::Span;
    use mesh_lexer::Token;

    use crate::parser::{is_sep, Parser};

    fn tokens(text: &str) -> Vec<(Token, Span)> {
        mesh_lexer::lex(text).tokens
    }

    #[test]
    fn skips_nested_blocks_and_closures_as_units() {
        let text = "a (b) if c do d end g(fn x -> e end) = fn y do y end\nnext";
        let toks = tokens(text);
        let mut p = Parser::new(&toks, Some(text), text.len() as u32);
        assert!(p.skip_until(is_sep));
        assert_eq!(*p.peek(), Token::Newline);
    }

    #[test]
    fn stops_at_an_enclosing_end_or_closer() {
        let text = "a b end c";
        let toks = tokens(text);
        let mut p = Parser::new(&toks, Some(text), text.len() as u32);
        p.skip_until(is_sep);
        assert_eq!(*p.peek(), Token::End);

        let text = "a b) c";
        let toks = tokens(text);
        let mut p = Parser::new(&toks, Some(text), text.len() as u32);
        p.in_delims(Token::RParen, |p| p.skip_until(is_sep));
        assert_eq!(*p.peek(), Token::RParen);
        // Without an open parenthesis the `)` is stray and skipped.
        p.skip_until(is_sep);
        assert!(p.at_eof());
    }

    #[test]
    fn definitions_at_statement_start_do_not_open_a_closure_level() {
        // `fn f(x) = x` has no `end`; the `end` belongs to the enclosing block.
        let text = "fn f(x) = x\nend";
        let toks = tokens(text);
        let mut p = Parser::new(&toks, Some(text), text.len() as u32);
        p.skip_until(|_| false);
        assert_eq!(*p.peek(), Token::End);
    }
}
