//! Control-flow expressions (§3.11, §3.13): `if`, `case`/`match`, `while`,
//! `for`, `receive`, and their arms.
//!
//! `else if` chains only when no separator comes between `else` and `if`:
//! the lexer keeps the `Newline` of `else` ⏎ `if` at depth 0, so the `if`
//! then starts the `else` block and needs its own `end` (§3.11). No special
//! casing is needed beyond looking at the very next token.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{AfterClause, Arm, ElseBranch, Expr, ExprKind, ForPattern};
use crate::blocks::BlockCtx;
use crate::errors::ParseError;
use crate::parser::{Fail, PResult, Parser};

impl Parser<'_> {
    /// `if cond do block (end | else if … | else block end)`
    pub(crate) fn if_expr(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let cond = self.expr()?;
        let do_span = self.expect_header_do()?;
        let then_block = self.block(BlockCtx::THEN);
        let else_branch = match self.peek() {
            Token::End => None,
            Token::Else => {
                self.bump();
                Some(self.else_branch(do_span)?)
            }
            _ => return Err(self.unclosed_block(do_span)),
        };
        let end = match &else_branch {
            Some(ElseBranch::If(nested)) => nested.span,
            _ => self.expect_end(do_span)?,
        };
        let kind = ExprKind::If {
            cond: Box::new(cond),
            then_block,
            else_branch,
        };
        Ok(self.mk_expr(kind, start.to(end)))
    }

    fn else_branch(&mut self, do_span: Span) -> PResult<ElseBranch> {
        if self.at(&Token::If) {
            return Ok(ElseBranch::If(Box::new(self.if_expr()?)));
        }
        let block = self.block(BlockCtx::PLAIN);
        if !self.at(&Token::End) {
            return Err(self.unclosed_block(do_span));
        }
        Ok(ElseBranch::Block(block))
    }

    /// The `do` after the header of `if`, `case`, `while`, `for`, `receive`. When the
    /// header has junk instead, it is skipped up to a `do` on the same line;
    /// failing that, if the line ends (or `end` follows), the block is parsed
    /// as if `do` were there, so its `end` is not left dangling.
    pub(crate) fn expect_header_do(&mut self) -> PResult<Span> {
        if let Some(span) = self.eat(&Token::Do) {
            return Ok(span);
        }
        let missing = self.span();
        let fail = self.unexpected("`do`");
        if self.is_speculating() {
            return Err(fail);
        }
        self.recover_line(|t| *t == Token::Do);
        match self.peek() {
            Token::Do => Ok(self.bump()),
            Token::Newline | Token::Semi | Token::End => Ok(missing),
            _ => Err(fail),
        }
    }

    pub(crate) fn unclosed_block(&mut self, do_span: Span) -> Fail {
        let error = ParseError::UnclosedBlock {
            found: self.peek().clone(),
            span: self.span(),
            do_span,
        };
        self.error_here(error)
    }

    /// `(case | match) expr do arms end`
    pub(crate) fn case_expr(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let scrutinee = self.expr()?;
        let do_span = self.expect_header_do()?;
        let arms = self.arms(BlockCtx::CASE_ARM);
        let end = self.expect_end(do_span)?;
        let kind = ExprKind::Case {
            scrutinee: Box::new(scrutinee),
            arms,
        };
        Ok(self.mk_expr(kind, start.to(end)))
    }

    /// Arms up to `end` (or `after` in a receive). A broken arm is skipped
    /// line by line until the next arm start.
    fn arms(&mut self, ctx: BlockCtx) -> Vec<Arm> {
        let mut arms = Vec::new();
        loop {
            self.skip_seps();
            if self.block_ends(ctx) {
                break;
            }
            match self.arm(ctx) {
                Ok(arm) => arms.push(arm),
                Err(_) => self.skip_broken_arm(ctx),
            }
        }
        arms
    }

    fn skip_broken_arm(&mut self, ctx: BlockCtx) {
        loop {
            let before = self.pos();
            self.recover_line(|t| ctx.closes_arms(t));
            self.skip_seps();
            if self.block_ends(ctx) || self.at_arm_start() {
                return;
            }
            if self.pos() == before {
                self.bump();
            }
        }
    }

    /// `pattern [when expr] -> body`
    fn arm(&mut self, ctx: BlockCtx) -> PResult<Arm> {
        let pattern = self.pattern()?;
        let guard = match self.eat(&Token::When) {
            Some(_) => Some(self.expr()?),
            None => None,
        };
        let arrow = match self.eat(&Token::Arrow) {
            Some(span) => span,
            None if guard.is_some() => return Err(self.unexpected("`->`")),
            None => return Err(self.unexpected("`->` or `when`")),
        };
        let body = self.block(ctx);
        let span = pattern.span.to(arrow).to(body.span);
        Ok(Arm {
            pattern,
            guard,
            body,
            span,
        })
    }

    /// `while cond do block end`
    pub(crate) fn while_expr(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let cond = self.expr()?;
        let do_span = self.expect_header_do()?;
        let body = self.block(BlockCtx::PLAIN);
        self.expect_end(do_span)?;
        let kind = ExprKind::While {
            cond: Box::new(cond),
            body,
        };
        Ok(self.mk_expr(kind, start.to(self.prev_span())))
    }

    /// `for pattern in expr [when filter] do block end`
    pub(crate) fn for_expr(&mut self) -> PResult<Expr> {
        let start = self.bump();
        let pattern = self.for_pattern()?;
        self.expect(&Token::In)?;
        let iter = self.expr()?;
        let filter = match self.eat(&Token::When) {
            Some(_) => Some(Box::new(self.expr()?)),
            None => None,
        };
        let do_span = self.expect_header_do()?;
        let body = self.block(BlockCtx::PLAIN);
        self.expect_end(do_span)?;
        let kind = ExprKind::For {
            pattern,
            iter: Box::new(iter),
            filter,
            body,
        };
        Ok(self.mk_expr(kind, start.to(self.prev_span())))
    }

    /// `{k, v}` (map entries) or any pattern.
    fn for_pattern(&mut self) -> PResult<ForPattern> {
        if !self.at(&Token::LBrace) {
            return Ok(ForPattern::Single(self.pattern()?));
        }
        self.bump();
        let (key, value) = self.in_delims(Token::RBrace, |p| {
            let key = p.pattern()?;
            p.expect(&Token::Comma)?;
            Ok((key, p.pattern()?))
        })?;
        self.expect(&Token::RBrace)?;
        Ok(ForPattern::Entry(key, value))
    }

    /// `receive do arms [after expr -> body] end`
    pub(crate) fn receive_expr(&mut self) -> PResult<Expr> {
        let kw_span = self.bump();
        let do_span = self.expect_header_do()?;
        let arms = self.arms(BlockCtx::RECEIVE_ARM);
        let after = match self.at(&Token::After) {
            true => Some(self.after_clause()?),
            false => None,
        };
        self.skip_seps();
        let end = self.expect_end(do_span)?;
        Ok(self.mk_expr(
            ExprKind::Receive {
                kw_span,
                arms,
                after,
            },
            kw_span.to(end),
        ))
    }

    /// `after timeout -> body` (the last clause of a receive).
    fn after_clause(&mut self) -> PResult<AfterClause> {
        let start = self.bump();
        let timeout = self.expr()?;
        let arrow = self.expect(&Token::Arrow)?;
        let body = self.block(BlockCtx::AFTER_BODY);
        let span = start.to(arrow).to(body.span);
        Ok(AfterClause {
            timeout: Box::new(timeout),
            body,
            span,
        })
    }
}

impl BlockCtx {
    /// Tokens at which skipping a broken arm stops.
    fn closes_arms(&self, token: &Token) -> bool {
        matches!(token, Token::End | Token::Eof) || (self.after && *token == Token::After)
    }
}
