//! Blocks and statements (§3.2).
//!
//! A block is a run of statements separated by `NEWLINE`, `;` or plain
//! juxtaposition (§2.12 rule 5: a statement ends as soon as the next token
//! cannot continue it). It ends at the first token that cannot begin a
//! statement and that some enclosing construct is waiting for: `end`, the
//! closer of an open bracket, and — depending on the block — `else`,
//! `after`, `|`, or the start of the next arm.
//!
//! The arm boundary (§3.11) is the one place where the grammar needs
//! unbounded lookahead: an arm body ends where the following tokens form
//! `pattern [when expr] ->`. At each statement start of an arm body the
//! parser speculatively parses a pattern and guard (silently, memoised by
//! position) and checks for `->`.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{Block, Expr, ExprKind, LetStmt, Stmt};
use crate::errors::ParseError;
use crate::parser::{is_sep, Fail, PResult, Parser};

/// What ends a block besides `end`, end of file and open-bracket closers.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct BlockCtx {
    /// `else` (the `then` block of an `if`).
    pub else_: bool,
    /// `after` (the arm bodies of a `receive`).
    pub after: bool,
    /// `|` (arrow-closure clause bodies).
    pub bar: bool,
    /// The start of the next arm (case and receive arm bodies).
    pub arm: bool,
    /// The first statement is in expression position: `fn` there is a closure.
    pub first_is_expr: bool,
}

impl BlockCtx {
    pub(crate) const PLAIN: BlockCtx = BlockCtx {
        else_: false,
        after: false,
        bar: false,
        arm: false,
        first_is_expr: false,
    };
    pub(crate) const THEN: BlockCtx = BlockCtx {
        else_: true,
        ..BlockCtx::PLAIN
    };
    pub(crate) const CASE_ARM: BlockCtx = BlockCtx {
        arm: true,
        first_is_expr: true,
        ..BlockCtx::PLAIN
    };
    pub(crate) const RECEIVE_ARM: BlockCtx = BlockCtx {
        after: true,
        ..BlockCtx::CASE_ARM
    };
    pub(crate) const AFTER_BODY: BlockCtx = BlockCtx {
        first_is_expr: true,
        ..BlockCtx::PLAIN
    };
    pub(crate) const ARROW: BlockCtx = BlockCtx {
        bar: true,
        first_is_expr: true,
        ..BlockCtx::PLAIN
    };

    /// Does `token` end the block (for this context)?
    fn closes(&self, token: &Token) -> bool {
        match token {
            Token::End | Token::Eof => true,
            Token::Else => self.else_,
            Token::After => self.after,
            Token::Bar => self.bar,
            _ => false,
        }
    }
}

/// Can `token` begin a statement (or an item, which is reported when it is
/// misplaced)?
pub(crate) fn can_start_stmt(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Int(_)
            | Float(_)
            | Atom(_)
            | Ident(_)
            | StringStart
            | True
            | False
            | Nil
            | LParen
            | LBracket
            | PercentBrace
            | Minus
            | Bang
            | Not
            | If
            | Case
            | Match
            | While
            | For
            | Receive
            | Fn
            | Def
            | Break
            | Continue
            | Return
            | Let
            | Spawn
            | Send
            | Link
            | SelfKw
            | Pub
            | Import
            | Module
            | Struct
            | Type
            | Interface
            | Impl
            | Actor
            | Service
            | Supervisor
    )
}

/// Can `token` begin a pattern? (A cheap filter before speculating.)
fn can_start_pattern(token: &Token) -> bool {
    use Token::*;
    matches!(
        token,
        Ident(_)
            | Int(_)
            | Float(_)
            | Minus
            | StringStart
            | Atom(_)
            | True
            | False
            | Nil
            | LParen
            | LBracket
    )
}

impl Parser<'_> {
    /// A block: statements up to (not including) the token that ends it.
    pub(crate) fn block(&mut self, ctx: BlockCtx) -> Block {
        let start = self.prev_span().end;
        let mut stmts = Vec::new();
        loop {
            self.skip_seps();
            // An arm body holds at least one statement before the next arm
            // can start: `1 -> a (2) -> b` inside brackets is the call `a(2)`.
            if self.block_ends(ctx) || (ctx.arm && !stmts.is_empty() && self.at_arm_start()) {
                break;
            }
            let expr_position = stmts.is_empty() && ctx.first_is_expr;
            self.block_stmt(ctx, expr_position, &mut stmts);
        }
        let span = match (stmts.first(), stmts.last()) {
            (Some(first), Some(last)) => stmt_span(first).to(stmt_span(last)),
            _ => Span::empty(start),
        };
        Block { stmts, span }
    }

    /// Parses one statement into `stmts`, recovering from errors.
    pub(crate) fn block_stmt(&mut self, ctx: BlockCtx, expr_position: bool, stmts: &mut Vec<Stmt>) {
        let start = self.span();
        let errors_before = self.diagnostic_count();
        match self.nested(|p| p.stmt(expr_position)) {
            Ok(stmt) => {
                stmts.push(stmt);
                // A statement that already reported an error (and recovered
                // inside a bracket) gets no second error for what follows it.
                let quiet = self.diagnostic_count() > errors_before;
                if self.stmt_boundary(quiet, |t| ctx.closes(t)).is_err() {
                    self.recover_line(|t| ctx.closes(t));
                }
            }
            Err(_) => {
                self.recover_line(|t| ctx.closes(t));
                let error = self.error_expr(start.to(self.prev_span()));
                stmts.push(Stmt::Expr(error));
            }
        }
    }

    pub(crate) fn block_ends(&self, ctx: BlockCtx) -> bool {
        ctx.closes(self.peek()) || self.closes_open_delim(self.peek())
    }

    /// Checks what follows a complete statement: a separator, the end of
    /// the block, or the start of a juxtaposed statement. A `do` here is a
    /// trailing block (rejected, §3.10) and is skipped as a unit. `quiet`
    /// fails without reporting.
    pub(crate) fn stmt_boundary(
        &mut self,
        quiet: bool,
        closes: impl Fn(&Token) -> bool,
    ) -> PResult<()> {
        let token = self.peek();
        if is_sep(token) || closes(token) || self.closes_open_delim(token) || can_start_stmt(token)
        {
            return Ok(());
        }
        if *token == Token::Do {
            let error = ParseError::TrailingDo { span: self.span() };
            self.soft_error_here(error);
            self.skip_do_block();
            return Ok(());
        }
        if quiet {
            return Err(Fail);
        }
        let expected = if self.at_depth_zero() {
            "newline"
        } else {
            "`;`"
        };
        Err(self.unexpected(expected))
    }

    /// Outside all brackets (where a line break separates statements)?
    fn at_depth_zero(&self) -> bool {
        ![
            Token::RParen,
            Token::RBracket,
            Token::RBrace,
            Token::InterpEnd,
        ]
        .iter()
        .any(|t| self.closes_open_delim(t))
    }

    /// `stmt = let_stmt | return_stmt | fn_def | expr` (plus misplaced items,
    /// which are parsed and reported).
    pub(crate) fn stmt(&mut self, expr_position: bool) -> PResult<Stmt> {
        match self.peek() {
            Token::Let => Ok(Stmt::Let(self.let_stmt()?)),
            Token::Return => Ok(Stmt::Expr(self.return_stmt()?)),
            Token::Fn if !expr_position && self.at_named_fn() => Ok(Stmt::Fn(self.fn_def(None)?)),
            Token::Def => Ok(Stmt::Fn(self.fn_def(None)?)),
            Token::Pub if matches!(self.nth(1), Token::Fn | Token::Def) => {
                let pub_span = self.bump();
                Ok(Stmt::Fn(self.fn_def(Some(pub_span))?))
            }
            _ if self.at_item_keyword() => self.misplaced_item(),
            _ => Ok(Stmt::Expr(self.expr()?)),
        }
    }

    /// `fn name` where name is not `_`: a named definition (§3.2).
    pub(crate) fn at_named_fn(&self) -> bool {
        matches!(self.nth(1), Token::Ident(name) if name != "_")
    }

    /// `let pattern [:: type] = expr`
    pub(crate) fn let_stmt(&mut self) -> PResult<LetStmt> {
        let start = self.bump();
        let pattern = self.alt_as_pattern()?;
        let ty = match self.eat(&Token::ColonColon) {
            Some(_) => Some(self.type_expr()?),
            None => None,
        };
        self.expect(&Token::Eq)?;
        let value = self.expr()?;
        let span = start.to(value.span);
        Ok(LetStmt {
            pattern,
            ty,
            value,
            span,
        })
    }

    /// `return [expr]`; the value is absent before a separator or a token
    /// that ends a block (§3.2).
    pub(crate) fn return_stmt(&mut self) -> PResult<Expr> {
        let keyword = self.bump();
        if !self.in_fn() {
            self.report(ParseError::ReturnOutsideFn { span: keyword });
        }
        if self.return_has_no_value() {
            return Ok(self.mk_expr(ExprKind::Return(None), keyword));
        }
        let value = self.expr()?;
        let span = keyword.to(value.span);
        Ok(self.mk_expr(ExprKind::Return(Some(Box::new(value))), span))
    }

    fn return_has_no_value(&self) -> bool {
        use Token::*;
        matches!(
            self.peek(),
            Newline
                | Semi
                | End
                | Else
                | After
                | Bar
                | RParen
                | RBracket
                | RBrace
                | InterpEnd
                | Eof
        )
    }

    /// Do the next tokens form `pattern [when expr] ->`?
    pub(crate) fn at_arm_start(&mut self) -> bool {
        if !can_start_pattern(self.peek()) {
            return false;
        }
        self.memo_lookahead(|p| {
            p.pattern()?;
            if p.eat(&Token::When).is_some() {
                p.expr()?;
            }
            if p.at(&Token::Arrow) {
                Ok(())
            } else {
                Err(Fail)
            }
        })
    }
}

pub(crate) fn stmt_span(stmt: &Stmt) -> Span {
    match stmt {
        Stmt::Let(s) => s.span,
        Stmt::Fn(f) => f.span,
        Stmt::Expr(e) => e.span,
    }
}
