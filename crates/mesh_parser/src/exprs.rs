//! Operator expressions by precedence climbing (§3.8, §3.9).
//!
//! Each binary operator has a (left, right) binding power taken verbatim
//! from the table in §3.9; left-associativity comes from right > left.
//! Prefix operators bind at 23 (tighter than any binary operator), postfix
//! forms — call, `.name`, `[i]`, `?` and the struct-literal brace — at 25.
//!
//! Nothing here ever skips a `Newline`: the lexer has already removed the
//! line breaks that do not end a statement (§2.12), so an expression simply
//! stops at the first token that cannot continue it.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{Arg, BinOp, Expr, ExprKind, Ident, UnaryOp};
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};
use crate::patterns::MIN_INT_MAGNITUDE;

/// The operator and (left, right) binding powers of a binary-operator token.
fn binary_op(token: &Token) -> Option<(BinOp, u8, u8)> {
    use BinOp::*;
    Some(match token {
        Token::Pipe => (Pipe, 3, 4),
        Token::Or | Token::BarBar => (Or, 5, 6),
        Token::And | Token::AmpAmp => (And, 7, 8),
        Token::EqEq => (Eq, 9, 10),
        Token::NotEq => (NotEq, 9, 10),
        Token::Lt => (Lt, 11, 12),
        Token::Gt => (Gt, 11, 12),
        Token::LtEq => (LtEq, 11, 12),
        Token::GtEq => (GtEq, 11, 12),
        Token::DotDot => (Range, 13, 14),
        Token::Diamond | Token::PlusPlus => (Concat, 15, 16),
        Token::Plus => (Add, 17, 18),
        Token::Minus => (Sub, 17, 18),
        Token::Star => (Mul, 19, 20),
        Token::Slash => (Div, 19, 20),
        Token::Percent => (Rem, 19, 20),
        _ => return None,
    })
}

/// Tokens that continue a primary as a postfix operation.
fn is_postfix_start(token: &Token) -> bool {
    matches!(
        token,
        Token::LParen | Token::Dot | Token::LBracket | Token::Question | Token::LBrace
    )
}

impl Parser<'_> {
    pub(crate) fn expr(&mut self) -> PResult<Expr> {
        self.expr_bp(0)
    }

    fn expr_bp(&mut self, min_bp: u8) -> PResult<Expr> {
        self.nested(|p| {
            let lhs = p.prefix_expr()?;
            p.binary_rest(lhs, min_bp)
        })
    }

    /// Continues an expression whose first operand is already parsed (used
    /// to recover from `key:value` by treating `value` as the operand).
    pub(crate) fn continue_expr(&mut self, first: Expr) -> PResult<Expr> {
        let operand = self.postfix_rest(first)?;
        self.binary_rest(operand, 0)
    }

    fn binary_rest(&mut self, mut lhs: Expr, min_bp: u8) -> PResult<Expr> {
        while let Some((op, left_bp, right_bp)) = binary_op(self.peek()) {
            if left_bp < min_bp {
                break;
            }
            let op_span = self.bump();
            let rhs = self.expr_bp(right_bp)?;
            let span = lhs.span.to(rhs.span);
            lhs = self.mk_expr(
                ExprKind::Binary {
                    op,
                    op_span,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                },
                span,
            );
        }
        Ok(lhs)
    }

    fn prefix_expr(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Token::Minus => UnaryOp::Neg,
            Token::Bang | Token::Not => UnaryOp::Not,
            _ => {
                let primary = self.primary()?;
                return self.postfix_rest(primary);
            }
        };
        if op == UnaryOp::Neg && self.at_min_int_literal() {
            return Ok(self.min_int_literal());
        }
        let op_span = self.bump();
        let operand = self.nested(|p| p.prefix_expr())?;
        let span = op_span.to(operand.span);
        Ok(self.mk_expr(
            ExprKind::Unary {
                op,
                op_span,
                operand: Box::new(operand),
            },
            span,
        ))
    }

    /// `-9223372036854775808` where the literal is the direct operand.
    fn at_min_int_literal(&self) -> bool {
        *self.nth(1) == Token::Int(MIN_INT_MAGNITUDE) && !is_postfix_start(self.nth(2))
    }

    fn min_int_literal(&mut self) -> Expr {
        let span = self.bump().to(self.bump());
        self.mk_expr(ExprKind::Int(i64::MIN), span)
    }

    fn postfix_rest(&mut self, mut expr: Expr) -> PResult<Expr> {
        loop {
            expr = match self.peek() {
                Token::LParen => self.call(expr)?,
                Token::Dot => self.field(expr)?,
                Token::LBracket => self.index(expr)?,
                Token::Question => {
                    let q_span = self.bump();
                    let span = expr.span.to(q_span);
                    self.mk_expr(
                        ExprKind::Try {
                            operand: Box::new(expr),
                            q_span,
                        },
                        span,
                    )
                }
                Token::LBrace if self.starts_struct_literal(&expr) => self.struct_literal(expr)?,
                _ => return Ok(expr),
            };
        }
    }

    fn call(&mut self, callee: Expr) -> PResult<Expr> {
        let (args, args_span) = self.args()?;
        let span = callee.span.to(args_span);
        Ok(self.mk_expr(
            ExprKind::Call {
                callee: Box::new(callee),
                args,
                args_span,
            },
            span,
        ))
    }

    fn field(&mut self, base: Expr) -> PResult<Expr> {
        self.bump();
        let name = self.member_name()?;
        let span = base.span.to(name.span);
        Ok(self.mk_expr(
            ExprKind::Field {
                base: Box::new(base),
                name,
            },
            span,
        ))
    }

    fn index(&mut self, base: Expr) -> PResult<Expr> {
        self.bump();
        let index = self.in_delims(Token::RBracket, |p| p.expr())?;
        let close = self.expect(&Token::RBracket)?;
        let span = base.span.to(close);
        Ok(self.mk_expr(
            ExprKind::Index {
                base: Box::new(base),
                index: Box::new(index),
            },
            span,
        ))
    }

    /// `( args )`, checking that keyword arguments come last. Returns the
    /// arguments and the span of the parentheses.
    pub(crate) fn args(&mut self) -> PResult<(Vec<Arg>, Span)> {
        let open = self.expect(&Token::LParen)?;
        let args = self.in_delims(Token::RParen, |p| p.comma_list(&Token::RParen, |p| p.arg()))?;
        let close = self.expect(&Token::RParen)?;
        self.check_keyword_args_last(&args);
        Ok((args, open.to(close)))
    }

    /// `name: expr` or `expr`.
    fn arg(&mut self) -> PResult<Arg> {
        if let (Token::Ident(_), Token::Colon | Token::Atom(_)) = (self.peek(), self.nth(1)) {
            let (name, value) = self.keyword_entry()?;
            return Ok(Arg {
                name: Some(name),
                value,
            });
        }
        Ok(Arg {
            name: None,
            value: self.expr()?,
        })
    }

    /// `name: expr` (the current token is the name).
    pub(crate) fn keyword_entry(&mut self) -> PResult<(Ident, Expr)> {
        let name = self.ident("identifier")?;
        let value = match self.key_colon(&name)? {
            None => self.expr()?,
            Some(word) => {
                let span = word.span;
                let first = self.mk_expr(ExprKind::Var(word), span);
                self.continue_expr(first)?
            }
        };
        Ok((name, value))
    }

    /// The `:` after a key. `key:value` lexes as `key` then the atom
    /// `:value` (§2.9): that is reported, and the atom's text is returned as
    /// the word the programmer meant, so parsing continues with it.
    pub(crate) fn key_colon(&mut self, key: &Ident) -> PResult<Option<Ident>> {
        match self.peek().clone() {
            Token::Colon => {
                self.bump();
                Ok(None)
            }
            Token::Atom(value) => {
                let span = self.span();
                let error = ParseError::AtomAfterKey {
                    name: key.name.clone(),
                    value: value.clone(),
                    span,
                };
                self.soft_error_here(error);
                self.bump();
                Ok(Some(Ident {
                    name: value,
                    span: Span::new((span.start + 1).min(span.end), span.end),
                }))
            }
            _ => Err(self.unexpected("`:`")),
        }
    }

    fn check_keyword_args_last(&mut self, args: &[Arg]) {
        let mut first_keyword: Option<Span> = None;
        for arg in args {
            match (&arg.name, first_keyword) {
                (Some(name), None) => first_keyword = Some(name.span),
                (None, Some(keyword)) => self.report(ParseError::PositionalAfterKeyword {
                    span: arg.value.span,
                    keyword,
                }),
                _ => {}
            }
        }
    }
}
