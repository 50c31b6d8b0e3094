//! Primary expressions (§3.8): literals, names, strings, brackets, maps,
//! struct literals and updates, and the keyword-led forms.
//!
//! Literals keep their decoded value from the lexer. An integer literal of
//! exactly 2^63 is only valid directly after a unary minus (folded in
//! `exprs.rs`); anywhere else it is reported here.

use mesh_lexer::Token;

use crate::ast::{Expr, ExprKind, FieldInit, Ident, MapEntry, NodeId, Path, StrPart};
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let span = self.span();
        let kind = match self.peek().clone() {
            Token::Int(value) => return Ok(self.int_literal(value)),
            Token::Float(value) => ExprKind::Float(value),
            Token::Atom(name) => ExprKind::Atom(name),
            Token::True => ExprKind::Bool(true),
            Token::False => ExprKind::Bool(false),
            Token::Nil => ExprKind::Unit,
            Token::Ident(name) => ExprKind::Var(Ident { name, span }),
            Token::Break => ExprKind::Break,
            Token::Continue => ExprKind::Continue,
            Token::SelfKw => return Ok(self.self_expr()),
            Token::StringStart => return self.string_expr(),
            Token::LParen => return self.paren_expr(),
            Token::LBracket => return self.list_expr(),
            Token::PercentBrace => return self.map_expr(),
            Token::If => return self.if_expr(),
            Token::Case | Token::Match => return self.case_expr(),
            Token::While => return self.while_expr(),
            Token::For => return self.for_expr(),
            Token::Receive => return self.receive_expr(),
            Token::Fn => return self.closure(),
            Token::Spawn | Token::Send | Token::Link => return self.actor_primitive(),
            _ => return Err(self.unexpected("expression")),
        };
        self.bump();
        Ok(self.mk_expr(kind, span))
    }

    fn int_literal(&mut self, value: u64) -> Expr {
        let span = self.span();
        let kind = match i64::try_from(value) {
            Ok(value) => ExprKind::Int(value),
            Err(_) => {
                self.soft_error_here(ParseError::IntOutOfRange { span });
                ExprKind::Error
            }
        };
        self.bump();
        self.mk_expr(kind, span)
    }

    /// `self()` is the current actor's pid; `self` alone is the receiver.
    fn self_expr(&mut self) -> Expr {
        let start = self.bump();
        if self.at(&Token::LParen) && *self.nth(1) == Token::RParen {
            self.bump();
            let span = start.to(self.bump());
            return self.mk_expr(ExprKind::SelfPid, span);
        }
        self.mk_expr(ExprKind::SelfValue, start)
    }

    /// `spawn(args)`, `send(args)`, `link(args)`.
    fn actor_primitive(&mut self) -> PResult<Expr> {
        let keyword = self.peek().clone();
        let start = self.bump();
        let (args, args_span) = self.args()?;
        let kind = match keyword {
            Token::Spawn => ExprKind::Spawn { args, args_span },
            Token::Send => ExprKind::Send { args, args_span },
            _ => ExprKind::Link { args, args_span },
        };
        Ok(self.mk_expr(kind, start.to(args_span)))
    }

    /// `STRING_START { CONTENT | INTERP_START expr INTERP_END } STRING_END`
    fn string_expr(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let mut parts = Vec::new();
        loop {
            match self.peek().clone() {
                Token::StringContent(text) => {
                    self.bump();
                    parts.push(StrPart::Text(text));
                }
                Token::InterpStart => parts.push(StrPart::Interp(self.interpolation()?)),
                Token::StringEnd => break,
                _ => return Err(self.unexpected("end of string")),
            }
        }
        let span = start.to(self.bump());
        Ok(self.mk_expr(ExprKind::Str(parts), span))
    }

    /// `${ expr }`; a broken interpolation is skipped up to its `}`.
    fn interpolation(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let inner = self.in_delims(Token::InterpEnd, |p| {
            let expr = p.expr()?;
            if !p.at(&Token::InterpEnd) {
                return Err(p.unexpected("`}`"));
            }
            Ok(expr)
        });
        match inner {
            Ok(expr) => {
                self.bump();
                Ok(expr)
            }
            Err(fail) => {
                if self.is_speculating() {
                    return Err(fail);
                }
                self.in_delims(Token::InterpEnd, |p| p.skip_until(|_| false));
                let close = self.expect(&Token::InterpEnd)?;
                Ok(self.error_expr(open.to(close)))
            }
        }
    }

    /// `()`, `(e)`, `(e,)` or `(e1, e2, …)`.
    fn paren_expr(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let mut elems = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.expr())
        })?;
        let span = open.to(self.expect(&Token::RParen)?);
        let kind = match elems.len() {
            0 => ExprKind::Unit,
            1 => ExprKind::Paren(Box::new(elems.remove(0))),
            _ => ExprKind::Tuple(elems),
        };
        Ok(self.mk_expr(kind, span))
    }

    fn list_expr(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let elems = self.in_delims(Token::RBracket, |p| {
            p.comma_list(&Token::RBracket, |p| p.expr())
        })?;
        let span = open.to(self.expect(&Token::RBracket)?);
        Ok(self.mk_expr(ExprKind::List(elems), span))
    }

    /// `%{…}`: a keyword map (`name: v`), a map (`k => v`), or a struct
    /// update (`base | f: v`), decided after the first entry (§3.8).
    fn map_expr(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let kind = self.in_delims(Token::RBrace, |p| p.map_body())?;
        let span = open.to(self.expect(&Token::RBrace)?);
        Ok(self.mk_expr(kind, span))
    }

    fn map_body(&mut self) -> PResult<ExprKind> {
        if self.at(&Token::RBrace) || self.at_keyword_entry() {
            return Ok(ExprKind::Map(
                self.comma_list(&Token::RBrace, |p| p.map_entry())?,
            ));
        }
        let first = self.expr()?;
        match self.peek() {
            Token::Bar => {
                self.bump();
                let fields = self.comma_list(&Token::RBrace, |p| p.field_init())?;
                if fields.is_empty() {
                    return Err(self.unexpected("field name"));
                }
                Ok(ExprKind::StructUpdate {
                    base: Box::new(first),
                    fields,
                })
            }
            Token::FatArrow => {
                self.bump();
                let mut entries = vec![MapEntry::Pair {
                    key: first,
                    value: self.expr()?,
                }];
                if self.eat(&Token::Comma).is_some() {
                    entries.extend(self.comma_list(&Token::RBrace, |p| p.map_entry())?);
                }
                Ok(ExprKind::Map(entries))
            }
            _ => Err(self.unexpected("`=>` or `|`")),
        }
    }

    /// `IDENT :` (or `IDENT ATOM`, the colon-rule mistake).
    fn at_keyword_entry(&self) -> bool {
        matches!(
            (self.peek(), self.nth(1)),
            (Token::Ident(_), Token::Colon | Token::Atom(_))
        )
    }

    fn map_entry(&mut self) -> PResult<MapEntry> {
        if self.at_keyword_entry() {
            let (key, value) = self.keyword_entry()?;
            return Ok(MapEntry::Keyword { key, value });
        }
        let key = self.expr()?;
        self.expect(&Token::FatArrow)?;
        Ok(MapEntry::Pair {
            key,
            value: self.expr()?,
        })
    }

    /// `name: expr` in struct literals and updates.
    fn field_init(&mut self) -> PResult<FieldInit> {
        if !matches!(self.peek(), Token::Ident(_)) {
            return Err(self.unexpected("field name"));
        }
        let (name, value) = self.keyword_entry()?;
        Ok(FieldInit { name, value })
    }

    /// Is `{` after `expr` a struct literal? Only after a plain or dotted
    /// name on the same line (§3.8, §3.14).
    pub(crate) fn starts_struct_literal(&self, expr: &Expr) -> bool {
        as_path(expr).is_some() && self.same_line(expr.span, self.span())
    }

    /// `Path { f: v, … }` — fields separated by commas or juxtaposition.
    pub(crate) fn struct_literal(&mut self, name: Expr) -> PResult<Expr> {
        let Some(path) = as_path(&name) else {
            return Err(self.unexpected("expression"));
        };
        // The name's Var/Field nodes are the newest ones; their ids are reused.
        self.reclaim_ids(first_id(&name));
        self.bump();
        let fields = self.in_delims(Token::RBrace, |p| p.struct_fields())?;
        let close = self.expect(&Token::RBrace)?;
        let span = name.span.to(close);
        Ok(self.mk_expr(ExprKind::StructLit { path, fields }, span))
    }

    fn struct_fields(&mut self) -> PResult<Vec<FieldInit>> {
        let mut fields = Vec::new();
        while !self.at(&Token::RBrace) {
            match self.field_init() {
                Ok(field) => fields.push(field),
                Err(_) if self.recover_list_item(&Token::RBrace) => {}
                Err(fail) => return Err(fail),
            }
            self.eat(&Token::Comma);
        }
        Ok(fields)
    }
}

/// The path of `a`, `a.b`, `a.b.c` (a chain of `Var` and `Field`).
fn as_path(expr: &Expr) -> Option<Path> {
    match &expr.kind {
        ExprKind::Var(name) => Some(vec![name.clone()]),
        ExprKind::Field { base, name } => {
            let mut path = as_path(base)?;
            path.push(name.clone());
            Some(path)
        }
        _ => None,
    }
}

/// The id of the innermost `Var` of a path chain (the first one allocated).
fn first_id(expr: &Expr) -> NodeId {
    match &expr.kind {
        ExprKind::Field { base, .. } => first_id(base),
        _ => expr.id,
    }
}
