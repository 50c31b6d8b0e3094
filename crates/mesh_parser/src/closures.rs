//! Closures (§3.12).
//!
//! ```text
//! fn -> block end                      fn do block end
//! fn params [when g] do block end
//! fn params [when g] -> block { | params [when g] (-> block | do block end) } end
//! ```
//!
//! Parenthesised parameters are a list (`fn (a, b) -> …` has two); bare
//! parameters are primary patterns separated by commas, because a top-level
//! `|` separates clauses. An arrow body is a block that ends at `|` or
//! `end`, and its first statement is in expression position (§3.2), so
//! `fn f, g -> fn x -> g(f(x)) end end` nests closures.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{Closure, ClosureClause, Expr, ExprKind, Param};
use crate::blocks::BlockCtx;
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    pub(crate) fn closure(&mut self) -> PResult<Expr> {
        let kw_span = self.bump();
        let clauses = self.in_function(|p| p.closure_clauses(kw_span))?;
        let span = kw_span.to(self.prev_span());
        Ok(self.mk_expr(ExprKind::Closure(Closure { kw_span, clauses }), span))
    }

    fn closure_clauses(&mut self, kw_span: Span) -> PResult<Vec<ClosureClause>> {
        let first = self.closure_clause(true)?;
        let arrow_form = first.1;
        let mut clauses = vec![first.0];
        if arrow_form {
            while self.eat(&Token::Bar).is_some() {
                clauses.push(self.closure_clause(false)?.0);
            }
        }
        self.expect_closure_end(kw_span)?;
        Ok(clauses)
    }

    /// One clause. The flag says whether more `|` clauses may follow: not
    /// after the `do` body of a first clause, whose `end` closes the closure.
    fn closure_clause(&mut self, first: bool) -> PResult<(ClosureClause, bool)> {
        let (params, params_span) = self.closure_params()?;
        let start = if params_span.is_empty() {
            self.span()
        } else {
            params_span
        };
        let guard = match self.eat(&Token::When) {
            Some(_) => Some(self.expr()?),
            None => None,
        };
        let (body, arrow) = match self.peek() {
            Token::Arrow => {
                self.bump();
                (self.block(BlockCtx::ARROW), true)
            }
            Token::Do if first => {
                self.bump();
                (self.block(BlockCtx::PLAIN), false)
            }
            Token::Do => (self.do_block(BlockCtx::PLAIN)?, true),
            _ => return Err(self.unexpected("`->` or `do`")),
        };
        let span = start.to(self.prev_span());
        Ok((
            ClosureClause {
                params,
                params_span,
                guard,
                body,
                span,
            },
            arrow,
        ))
    }

    fn expect_closure_end(&mut self, fn_span: Span) -> PResult<Span> {
        match self.eat(&Token::End) {
            Some(span) => Ok(span),
            None => {
                let error = ParseError::UnclosedClosure {
                    found: self.peek().clone(),
                    span: self.span(),
                    fn_span,
                };
                Err(self.error_here(error))
            }
        }
    }

    /// `( params )`, bare parameters, or none (before `->`/`do`).
    fn closure_params(&mut self) -> PResult<(Vec<Param>, Span)> {
        match self.peek() {
            Token::Arrow | Token::Do => Ok((Vec::new(), Span::empty(self.prev_span().end))),
            Token::LParen => self.params(),
            _ => self.bare_params(),
        }
    }

    /// `p1, p2, …` where each is `name [:: type]` or a primary pattern.
    fn bare_params(&mut self) -> PResult<(Vec<Param>, Span)> {
        let mut params = vec![self.bare_param()?];
        while self.eat(&Token::Comma).is_some() {
            params.push(self.bare_param()?);
        }
        let span = params[0].span().to(params[params.len() - 1].span());
        Ok((params, span))
    }

    fn bare_param(&mut self) -> PResult<Param> {
        if matches!(self.peek(), Token::Ident(_)) && *self.nth(1) == Token::ColonColon {
            return self.annotated_param();
        }
        Ok(Param::Pattern {
            pattern: self.bare_pattern()?,
            ty: None,
        })
    }
}
