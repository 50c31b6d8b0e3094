//! Patterns (§4.1).
//!
//! Precedence, loosest first: `as`, then `::` (right-associative), then `|`.
//! So `a | b :: t as all` is `((a | b) :: t) as all`. Three restricted forms
//! exist because `|` and `::` mean something else in some positions:
//!
//! * list elements use [`Parser::restricted_pattern`] (no top-level `|`,
//!   which separates the tail);
//! * `let` and parameters use [`Parser::alt_as_pattern`] (no top-level `::`,
//!   which is the type annotation);
//! * bare closure parameters use a primary pattern (no top-level `|`, which
//!   separates clauses, and no `::`).

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{Ident, Pattern, PatternKind};
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};

/// 2^63, valid only as the operand of a unary minus.
pub(crate) const MIN_INT_MAGNITUDE: u64 = 1 << 63;

impl Parser<'_> {
    /// `pattern = cons_pattern [as IDENT]`
    pub(crate) fn pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let pattern = p.cons_pattern()?;
            p.opt_as(pattern)
        })
    }

    /// `alt_pattern [as IDENT]` — `let` patterns and parameters.
    pub(crate) fn alt_as_pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let pattern = p.alt_pattern()?;
            p.opt_as(pattern)
        })
    }

    /// `primary { :: primary } [as IDENT]` — list elements.
    pub(crate) fn restricted_pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let pattern = p.restricted_cons()?;
            p.opt_as(pattern)
        })
    }

    /// `primary_pattern [as IDENT]` — bare closure parameters.
    pub(crate) fn bare_pattern(&mut self) -> PResult<Pattern> {
        self.nested(|p| {
            let pattern = p.primary_pattern()?;
            p.opt_as(pattern)
        })
    }

    fn opt_as(&mut self, pattern: Pattern) -> PResult<Pattern> {
        if !self.at_word("as") {
            return Ok(pattern);
        }
        self.bump();
        let name = self.ident("identifier")?;
        let span = pattern.span.to(name.span);
        Ok(self.mk_pat(
            PatternKind::As {
                pattern: Box::new(pattern),
                name,
            },
            span,
        ))
    }

    fn cons_pattern(&mut self) -> PResult<Pattern> {
        let head = self.alt_pattern()?;
        if self.eat(&Token::ColonColon).is_none() {
            return Ok(head);
        }
        let tail = self.nested(|p| p.cons_pattern())?;
        Ok(self.cons(head, tail))
    }

    fn restricted_cons(&mut self) -> PResult<Pattern> {
        let head = self.primary_pattern()?;
        if self.eat(&Token::ColonColon).is_none() {
            return Ok(head);
        }
        let tail = self.nested(|p| p.restricted_cons())?;
        Ok(self.cons(head, tail))
    }

    fn cons(&mut self, head: Pattern, tail: Pattern) -> Pattern {
        let span = head.span.to(tail.span);
        self.mk_pat(
            PatternKind::Cons {
                head: Box::new(head),
                tail: Box::new(tail),
            },
            span,
        )
    }

    fn alt_pattern(&mut self) -> PResult<Pattern> {
        let first = self.primary_pattern()?;
        if !self.at(&Token::Bar) {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.eat(&Token::Bar).is_some() {
            alts.push(self.primary_pattern()?);
        }
        let span = alts[0].span.to(alts[alts.len() - 1].span);
        Ok(self.mk_pat(PatternKind::Or(alts), span))
    }

    pub(crate) fn primary_pattern(&mut self) -> PResult<Pattern> {
        let span = self.span();
        let kind = match self.peek().clone() {
            Token::Ident(name) if name == "_" => PatternKind::Wildcard,
            Token::Ident(_) => return self.name_pattern(),
            Token::Int(value) => return Ok(self.int_pattern(value, false, span)),
            Token::Minus => return self.negative_pattern(),
            Token::Float(value) => PatternKind::Float(value),
            Token::Atom(name) => PatternKind::Atom(name),
            Token::True => PatternKind::Bool(true),
            Token::False => PatternKind::Bool(false),
            Token::Nil => PatternKind::Unit,
            Token::StringStart => return self.string_pattern(),
            Token::LParen => return self.paren_pattern(),
            Token::LBracket => return self.list_pattern(),
            _ => return Err(self.unexpected("pattern")),
        };
        self.bump();
        Ok(self.mk_pat(kind, span))
    }

    /// An integer literal (already known to be the current token).
    fn int_pattern(&mut self, value: u64, negative: bool, span: Span) -> Pattern {
        let kind = match (value, negative) {
            (MIN_INT_MAGNITUDE, true) => PatternKind::Int(i64::MIN),
            (v, _) if v > i64::MAX as u64 => {
                self.soft_error_here(ParseError::IntOutOfRange { span: self.span() });
                PatternKind::Error
            }
            (v, true) => PatternKind::Int(-(v as i64)),
            (v, false) => PatternKind::Int(v as i64),
        };
        let span = span.to(self.bump());
        self.mk_pat(kind, span)
    }

    /// `-1`, `-2.5`: negative literals.
    fn negative_pattern(&mut self) -> PResult<Pattern> {
        let minus = self.bump();
        match self.peek().clone() {
            Token::Int(value) => Ok(self.int_pattern(value, true, minus)),
            Token::Float(value) => {
                let span = minus.to(self.bump());
                Ok(self.mk_pat(PatternKind::Float(-value), span))
            }
            _ => Err(self.unexpected("number")),
        }
    }

    /// `x`, `C`, `T.C`, `C(p, …)`, `T.C(p, …)`, `S { f: p, … }`.
    fn name_pattern(&mut self) -> PResult<Pattern> {
        let path = self.path("pattern")?;
        let start = path[0].span;
        if self.at(&Token::LParen) {
            let open = self.bump();
            let args = self.in_delims(Token::RParen, |p| {
                p.comma_list(&Token::RParen, |p| p.pattern())
            })?;
            let args_span = open.to(self.expect(&Token::RParen)?);
            let kind = PatternKind::Ctor {
                path,
                args: Some(args),
                args_span: Some(args_span),
            };
            return Ok(self.mk_pat(kind, start.to(args_span)));
        }
        if self.at(&Token::LBrace) {
            return self.struct_pattern(path);
        }
        let end = path[path.len() - 1].span;
        let kind = match <[Ident; 1]>::try_from(path) {
            Ok([name]) => PatternKind::Ident(name),
            Err(path) => PatternKind::Ctor {
                path,
                args: None,
                args_span: None,
            },
        };
        Ok(self.mk_pat(kind, start.to(end)))
    }

    /// `S { f: p, … }`
    fn struct_pattern(&mut self, path: Vec<Ident>) -> PResult<Pattern> {
        self.bump();
        let fields = self.in_delims(Token::RBrace, |p| {
            p.comma_list(&Token::RBrace, |p| p.field_pattern())
        })?;
        let close = self.expect(&Token::RBrace)?;
        let span = path[0].span.to(close);
        Ok(self.mk_pat(PatternKind::Struct { path, fields }, span))
    }

    /// `f: p` (a missing space, `f:p`, reads as `f` then the atom `:p`).
    fn field_pattern(&mut self) -> PResult<(Ident, Pattern)> {
        let name = self.ident("field name")?;
        match self.key_colon(&name)? {
            None => Ok((name, self.pattern()?)),
            Some(value) => {
                let span = value.span;
                let pattern = self.mk_pat(PatternKind::Ident(value), span);
                Ok((name, pattern))
            }
        }
    }

    /// A string without interpolation.
    fn string_pattern(&mut self) -> PResult<Pattern> {
        let start = self.bump();
        let mut text = String::new();
        let mut interpolated = false;
        loop {
            match self.peek().clone() {
                Token::StringContent(part) => {
                    text.push_str(&part);
                    self.bump();
                }
                Token::InterpStart => {
                    self.skip_interpolation_in_pattern();
                    interpolated = true;
                }
                Token::StringEnd => break,
                _ => return Err(self.unexpected("end of string")),
            }
        }
        let span = start.to(self.bump());
        let kind = if interpolated {
            PatternKind::Error
        } else {
            PatternKind::Str(text)
        };
        Ok(self.mk_pat(kind, span))
    }

    /// Reports `${…}` in a pattern string and skips it.
    fn skip_interpolation_in_pattern(&mut self) {
        let start = self.span();
        let mut depth = 0usize;
        let mut end = start;
        loop {
            match self.peek() {
                Token::InterpStart => depth += 1,
                Token::InterpEnd => depth -= 1,
                Token::Eof => break,
                _ => {}
            }
            end = self.bump();
            if depth == 0 {
                break;
            }
        }
        self.report(ParseError::InterpolationInPattern {
            span: start.to(end),
        });
    }

    /// `()`, `(p)`, `(p,)` or `(p1, p2, …)`.
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let mut elems = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.pattern())
        })?;
        let span = open.to(self.expect(&Token::RParen)?);
        let kind = match elems.len() {
            0 => PatternKind::Unit,
            1 => {
                let mut inner = elems.remove(0);
                inner.span = span;
                return Ok(inner);
            }
            _ => PatternKind::Tuple(elems),
        };
        Ok(self.mk_pat(kind, span))
    }

    /// `[]`, `[p1, …, pn]`, `[p1, …, pn | tail]`.
    fn list_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let (elems, tail) = self.in_delims(Token::RBracket, |p| p.list_pattern_body())?;
        let span = open.to(self.expect(&Token::RBracket)?);
        Ok(self.mk_pat(PatternKind::List { elems, tail }, span))
    }

    fn list_pattern_body(&mut self) -> PResult<(Vec<Pattern>, Option<Box<Pattern>>)> {
        let mut elems = Vec::new();
        while !self.at(&Token::RBracket) && !self.at(&Token::Bar) {
            elems.push(self.restricted_pattern()?);
            if self.eat(&Token::Comma).is_none() {
                break;
            }
        }
        let mut tail = None;
        if !elems.is_empty() && self.eat(&Token::Bar).is_some() {
            tail = Some(Box::new(self.pattern()?));
        }
        if !self.at(&Token::RBracket) {
            let expected = if tail.is_some() {
                "`]`"
            } else {
                "`,`, `|` or `]`"
            };
            return Err(self.unexpected(expected));
        }
        Ok((elems, tail))
    }
}
