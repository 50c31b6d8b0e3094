//! Type expressions (§3.5): `Int`, `Map<K, V>`, `(A, B)`, `Fun(A) -> R`,
//! `T?`, `T!E`, `Self.Item`.
//!
//! `Fun` is contextual: it starts a function type only when followed by `(`.
//! The result type of `Fun(…) ->` and the error type after `!` are full
//! types, so they extend as far as possible (`Fun(Int) -> Int?` returns an
//! option). There is no `>>` token, so nested generics close naturally.

use mesh_lexer::Token;

use crate::ast::{TypeExpr, TypeKind};
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    /// A full type, including `?` and `!` suffixes.
    pub(crate) fn type_expr(&mut self) -> PResult<TypeExpr> {
        self.nested(|p| p.type_with_suffixes())
    }

    fn type_with_suffixes(&mut self) -> PResult<TypeExpr> {
        let mut ty = self.type_core()?;
        while let Some(q) = self.eat(&Token::Question) {
            let span = ty.span.to(q);
            ty = TypeExpr {
                kind: TypeKind::Option(Box::new(ty)),
                span,
            };
        }
        if self.eat(&Token::Bang).is_some() {
            let error = self.type_expr()?;
            let span = ty.span.to(error.span);
            ty = TypeExpr {
                kind: TypeKind::Result(Box::new(ty), Box::new(error)),
                span,
            };
        }
        Ok(ty)
    }

    fn type_core(&mut self) -> PResult<TypeExpr> {
        match self.peek() {
            Token::LParen => self.paren_type(),
            Token::Ident(name) if name == "Fun" && *self.nth(1) == Token::LParen => self.fun_type(),
            Token::Ident(_) => self.named_type(),
            _ => Err(self.unexpected("type")),
        }
    }

    /// `()`, `(T)`, `(T,)` or `(A, B, …)`.
    fn paren_type(&mut self) -> PResult<TypeExpr> {
        let open = self.bump();
        let mut elems = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.type_expr())
        })?;
        let close = self.expect(&Token::RParen)?;
        let span = open.to(close);
        let kind = match elems.len() {
            0 => TypeKind::Unit,
            1 => {
                let mut inner = elems.remove(0);
                inner.span = span;
                return Ok(inner);
            }
            _ => TypeKind::Tuple(elems),
        };
        Ok(TypeExpr { kind, span })
    }

    /// `Fun(A, B) -> R`
    fn fun_type(&mut self) -> PResult<TypeExpr> {
        let start = self.bump();
        self.bump();
        let params = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.type_expr())
        })?;
        self.expect(&Token::RParen)?;
        self.expect(&Token::Arrow)?;
        let ret = self.type_expr()?;
        let span = start.to(ret.span);
        Ok(TypeExpr {
            kind: TypeKind::Fun(params, Box::new(ret)),
            span,
        })
    }

    /// `Name`, `M.Name`, `Name<A, B>`.
    fn named_type(&mut self) -> PResult<TypeExpr> {
        let path = self.path("type")?;
        let mut span = path[0].span.to(path[path.len() - 1].span);
        let mut args = Vec::new();
        if self.eat(&Token::Lt).is_some() {
            args = self.comma_list(&Token::Gt, |p| p.type_expr())?;
            span = span.to(self.expect(&Token::Gt)?);
        }
        Ok(TypeExpr {
            kind: TypeKind::Named { path, args },
            span,
        })
    }

    /// `<` list1(type) `>` after a path (impl interface arguments).
    pub(crate) fn type_args(&mut self) -> PResult<Vec<TypeExpr>> {
        if self.eat(&Token::Lt).is_none() {
            return Ok(Vec::new());
        }
        let args = self.comma_list(&Token::Gt, |p| p.type_expr())?;
        self.expect(&Token::Gt)?;
        Ok(args)
    }

    /// `elem { "," elem } [","]` up to (not including) `close`, which the
    /// caller then expects. A broken element is skipped up to the next `,`.
    pub(crate) fn comma_list<T>(
        &mut self,
        close: &Token,
        mut elem: impl FnMut(&mut Self) -> PResult<T>,
    ) -> PResult<Vec<T>> {
        let mut items = Vec::new();
        while !self.at(close) {
            let parsed = match elem(self) {
                Ok(item) => {
                    items.push(item);
                    self.list_separator(close)
                }
                Err(fail) => Err(fail),
            };
            if let Err(fail) = parsed {
                if !self.recover_list_item(close) {
                    return Err(fail);
                }
            }
            if self.eat(&Token::Comma).is_none() {
                break;
            }
        }
        Ok(items)
    }

    /// After a list element: `,` or the closer must follow.
    fn list_separator(&mut self, close: &Token) -> PResult<()> {
        if self.at(&Token::Comma) || self.at(close) {
            Ok(())
        } else {
            Err(self.unexpected(format!("`,` or {close}")))
        }
    }
}
