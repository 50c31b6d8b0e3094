//! Named function definitions (§3.4) and their parts, shared with
//! interfaces, impls, services and closures: generics, parameter lists,
//! where-clauses and `do … end` bodies.
//!
//! A multi-clause function is simply several consecutive `FnDef`s; grouping
//! clauses is the checker's job.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{
    Block, Bound, Expr, FnBody, FnDef, Ident, Param, PatternKind, SimpleParam, TypeExpr,
};
use crate::blocks::BlockCtx;
use crate::errors::{ParseError, CLOSURE_HELP};
use crate::parser::{PResult, Parser};

/// The parts of a definition header between the name and the body.
struct Header {
    generics: Vec<Ident>,
    generics_span: Option<Span>,
    params: Option<Vec<Param>>,
    params_span: Option<Span>,
    ret: Option<TypeExpr>,
    where_clause: Vec<Bound>,
    where_span: Option<Span>,
}

impl Parser<'_> {
    /// `[pub] (fn | def) name [generics] [params] [-> type] [where …]
    /// [when guard] (= expr | do block end)`. `pub` is already consumed.
    pub(crate) fn fn_def(&mut self, pub_span: Option<Span>) -> PResult<FnDef> {
        let kw_span = self.bump();
        let name = self.ident("function name")?;
        // `fn x -> …`, `fn a, b -> …`, `fn x :: T -> …` at statement start: a
        // closure was meant.
        let closure_like = matches!(self.peek(), Token::Arrow | Token::Comma | Token::ColonColon);
        let diagnostics_before = self.diagnostic_count();
        let rest = self.in_function(|p| p.fn_rest());
        if rest.is_err() && closure_like {
            self.add_help_since(diagnostics_before, CLOSURE_HELP);
            self.skip_meant_closure();
        }
        let (header, guard, body) = rest?;
        let body_end = match &body {
            FnBody::Expr(expr) => expr.span,
            FnBody::Block(_) => self.prev_span(),
        };
        let span = pub_span.unwrap_or(kw_span).to(body_end);
        Ok(FnDef {
            is_pub: pub_span.is_some(),
            pub_span,
            kw_span,
            name,
            generics: header.generics,
            generics_span: header.generics_span,
            params: header.params,
            params_span: header.params_span,
            ret: header.ret,
            where_clause: header.where_clause,
            where_span: header.where_span,
            guard,
            body,
            span,
        })
    }

    /// After a definition that was meant as a closure failed: its `end`
    /// belongs to it, not to the enclosing block.
    fn skip_meant_closure(&mut self) {
        if !self.is_speculating() {
            self.skip_until(|_| false);
            self.eat(&Token::End);
        }
    }

    fn fn_rest(&mut self) -> PResult<(Header, Option<Expr>, FnBody)> {
        let header = self.fn_header()?;
        let guard = match self.eat(&Token::When) {
            Some(_) => Some(self.expr()?),
            None => None,
        };
        let body = self.fn_body()?;
        Ok((header, guard, body))
    }

    fn fn_header(&mut self) -> PResult<Header> {
        let (generics, generics_span) = self.opt_generics()?;
        let (params, params_span) = match self.at(&Token::LParen) {
            true => {
                let (params, span) = self.params()?;
                (Some(params), Some(span))
            }
            false => (None, None),
        };
        let ret = self.opt_return_type()?;
        let (where_clause, where_span) = self.opt_where()?;
        Ok(Header {
            generics,
            generics_span,
            params,
            params_span,
            ret,
            where_clause,
            where_span,
        })
    }

    pub(crate) fn opt_return_type(&mut self) -> PResult<Option<TypeExpr>> {
        match self.eat(&Token::Arrow) {
            Some(_) => Ok(Some(self.type_expr()?)),
            None => Ok(None),
        }
    }

    /// `= expr` or `do block end`.
    fn fn_body(&mut self) -> PResult<FnBody> {
        match self.peek() {
            Token::Eq => {
                self.bump();
                Ok(FnBody::Expr(Box::new(self.expr()?)))
            }
            Token::Do => Ok(FnBody::Block(self.do_block(BlockCtx::PLAIN)?)),
            _ => {
                let missing = self.span();
                let fail = self.unexpected("`=` or `do`");
                self.body_without_do(missing).ok_or(fail)
            }
        }
    }

    /// Recovery for a forgotten `do`: when the header ends the line and the
    /// following lines form a block closed by `end`, parse them as the body
    /// so that `end` is not left dangling.
    fn body_without_do(&mut self, missing: Span) -> Option<FnBody> {
        if self.is_speculating() || !self.at(&Token::Newline) {
            return None;
        }
        if !self.lookahead(|p| {
            p.block(BlockCtx::PLAIN);
            p.expect(&Token::End)
        }) {
            return None;
        }
        let block = self.block(BlockCtx::PLAIN);
        self.expect_end(missing).ok()?;
        Some(FnBody::Block(block))
    }

    /// The `do` opening a definition body (struct, actor, service, …). A
    /// `do` missing at the end of the header line is reported and assumed,
    /// so the body's members and `end` are still parsed as such.
    pub(crate) fn expect_body_do(&mut self) -> PResult<Span> {
        if let Some(span) = self.eat(&Token::Do) {
            return Ok(span);
        }
        let missing = self.span();
        let fail = self.unexpected("`do`");
        match self.at(&Token::Newline) && !self.is_speculating() {
            true => Ok(missing),
            false => Err(fail),
        }
    }

    /// `do block end`, reporting a missing `end` against the `do`.
    pub(crate) fn do_block(&mut self, ctx: BlockCtx) -> PResult<Block> {
        let do_span = self.expect(&Token::Do)?;
        let block = self.block(ctx);
        self.expect_end(do_span)?;
        Ok(block)
    }

    /// The `end` of a `do` block.
    pub(crate) fn expect_end(&mut self, do_span: Span) -> PResult<Span> {
        match self.eat(&Token::End) {
            Some(span) => Ok(span),
            None => {
                let error = ParseError::UnclosedBlock {
                    found: self.peek().clone(),
                    span: self.span(),
                    do_span,
                };
                Err(self.error_here(error))
            }
        }
    }

    /// `[< T, U >]`
    pub(crate) fn opt_generics(&mut self) -> PResult<(Vec<Ident>, Option<Span>)> {
        let Some(open) = self.eat(&Token::Lt) else {
            return Ok((Vec::new(), None));
        };
        let names = self.comma_list(&Token::Gt, |p| p.ident("type parameter"))?;
        if names.is_empty() {
            return Err(self.unexpected("type parameter"));
        }
        let close = self.expect(&Token::Gt)?;
        Ok((names, Some(open.to(close))))
    }

    /// `( param, … )` and the span of the parentheses.
    pub(crate) fn params(&mut self) -> PResult<(Vec<Param>, Span)> {
        let open = self.expect(&Token::LParen)?;
        let params = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.param())
        })?;
        let close = self.expect(&Token::RParen)?;
        Ok((params, open.to(close)))
    }

    /// `self`, `name [:: type]`, or a pattern (§3.4).
    pub(crate) fn param(&mut self) -> PResult<Param> {
        if self.at(&Token::SelfKw) {
            return Ok(Param::SelfParam(self.bump()));
        }
        if matches!(self.peek(), Token::Ident(_)) && *self.nth(1) == Token::ColonColon {
            return self.annotated_param();
        }
        Ok(Param::Pattern {
            pattern: self.alt_as_pattern()?,
            ty: None,
        })
    }

    /// `name :: type` (`_ :: type` too).
    pub(crate) fn annotated_param(&mut self) -> PResult<Param> {
        let name = self.ident("parameter name")?;
        self.bump();
        let span = name.span;
        let kind = if name.name == "_" {
            PatternKind::Wildcard
        } else {
            PatternKind::Ident(name)
        };
        let pattern = self.mk_pat(kind, span);
        let ty = self.type_expr()?;
        Ok(Param::Pattern {
            pattern,
            ty: Some(ty),
        })
    }

    /// `[( name [:: type], … )]` for actors and handlers.
    pub(crate) fn opt_simple_params(&mut self) -> PResult<Vec<SimpleParam>> {
        if !self.at(&Token::LParen) {
            return Ok(Vec::new());
        }
        self.bump();
        let params = self.in_delims(Token::RParen, |p| {
            p.comma_list(&Token::RParen, |p| p.simple_param())
        })?;
        self.expect(&Token::RParen)?;
        Ok(params)
    }

    fn simple_param(&mut self) -> PResult<SimpleParam> {
        let name = self.ident("parameter name")?;
        let ty = match self.eat(&Token::ColonColon) {
            Some(_) => Some(self.type_expr()?),
            None => None,
        };
        Ok(SimpleParam { name, ty })
    }

    /// `[where T: I, …]` and its span.
    pub(crate) fn opt_where(&mut self) -> PResult<(Vec<Bound>, Option<Span>)> {
        let Some(start) = self.eat(&Token::Where) else {
            return Ok((Vec::new(), None));
        };
        let mut bounds = vec![self.bound()?];
        while self.eat(&Token::Comma).is_some() {
            bounds.push(self.bound()?);
        }
        let span = start.to(bounds[bounds.len() - 1].span);
        Ok((bounds, Some(span)))
    }

    /// `T: Interface` (`T:iface` is the colon-rule mistake).
    fn bound(&mut self) -> PResult<Bound> {
        let param = self.ident("type parameter")?;
        let interface = match self.key_colon(&param)? {
            None => self.path("interface name")?,
            Some(word) => vec![word],
        };
        let span = param.span.to(interface[interface.len() - 1].span);
        Ok(Bound {
            param,
            interface,
            span,
        })
    }
}
