//! Actors, services and supervisors (§3.13).
//!
//! An actor body is an ordinary block that may also hold one `terminate`
//! clause. Service and supervisor bodies have their own small member
//! grammars with dedicated messages for anything else; supervisor settings
//! use the contextual words `strategy`, `max_restarts`, `max_seconds`,
//! `child`, `start`, `restart` and `shutdown`, which stay ordinary
//! identifiers everywhere else.

use mesh_common::Span;
use mesh_lexer::Token;

use crate::ast::{
    ActorDef, Block, ChildSpec, Expr, ExprKind, Handler, Ident, ServiceDef, ServiceMember,
    Shutdown, SupervisorDef,
};
use crate::blocks::BlockCtx;
use crate::errors::{token_text, ParseError};
use crate::parser::{PResult, Parser};

/// A setting seen once: its value and the span of its keyword.
type Setting<T> = Option<(T, Span)>;

impl Parser<'_> {
    /// `[pub] actor name [(params)] do body [terminate do … end] end`
    pub(crate) fn actor_def(&mut self, pub_span: Option<Span>) -> PResult<ActorDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("actor name")?;
        let params = self.opt_simple_params()?;
        let do_span = self.expect_body_do()?;
        let (body, terminate) = self.in_function(|p| p.actor_body());
        let end = self.expect_end(do_span)?;
        let span = start.to(end);
        Ok(ActorDef {
            is_pub: pub_span.is_some(),
            name,
            params,
            body,
            terminate,
            span,
        })
    }

    /// Statements, with at most one `terminate` clause among them.
    fn actor_body(&mut self) -> (Block, Option<Block>) {
        let start = self.prev_span().end;
        let mut stmts = Vec::new();
        let mut terminate: Option<(Block, Span)> = None;
        loop {
            self.skip_seps();
            if self.block_ends(BlockCtx::PLAIN) {
                break;
            }
            if self.at(&Token::Terminate) {
                self.terminate_clause(&mut terminate);
                continue;
            }
            let expr_position = false;
            self.block_stmt(BlockCtx::PLAIN, expr_position, &mut stmts);
        }
        let span = match (stmts.first(), stmts.last()) {
            (Some(first), Some(last)) => {
                crate::blocks::stmt_span(first).to(crate::blocks::stmt_span(last))
            }
            _ => Span::empty(start),
        };
        (Block { stmts, span }, terminate.map(|(block, _)| block))
    }

    fn terminate_clause(&mut self, seen: &mut Option<(Block, Span)>) {
        let keyword = self.bump();
        if let Some((_, first)) = seen {
            self.report(ParseError::SecondTerminate {
                span: keyword,
                first: *first,
            });
        }
        match self.do_block(BlockCtx::PLAIN) {
            Ok(block) if seen.is_none() => *seen = Some((block, keyword)),
            Ok(_) => {}
            Err(_) => self.recover_line(|_| false),
        }
    }

    /// `[pub] service Name do members end`
    pub(crate) fn service_def(&mut self, pub_span: Option<Span>) -> PResult<ServiceDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("service name")?;
        let mut members = Vec::new();
        let end = self.members(|p| {
            members.push(p.service_member()?);
            Ok(())
        })?;
        Ok(ServiceDef {
            is_pub: pub_span.is_some(),
            name,
            members,
            span: start.to(end),
        })
    }

    fn service_member(&mut self) -> PResult<ServiceMember> {
        match self.peek() {
            Token::Fn | Token::Def => Ok(ServiceMember::Fn(self.fn_def(None)?)),
            Token::Pub if matches!(self.nth(1), Token::Fn | Token::Def) => {
                let pub_span = self.bump();
                Ok(ServiceMember::Fn(self.fn_def(Some(pub_span))?))
            }
            Token::Call => Ok(ServiceMember::Call(self.handler(true)?)),
            Token::Cast => Ok(ServiceMember::Cast(self.handler(false)?)),
            _ => Err(self.error_here(ParseError::BadServiceMember { span: self.span() })),
        }
    }

    /// `call Op(params) :: Reply do |state| body end` / `cast Op(params) do …`
    fn handler(&mut self, is_call: bool) -> PResult<Handler> {
        let start = self.bump();
        let name = self.ident("handler name")?;
        let params = self.opt_simple_params()?;
        let reply = match is_call && self.at(&Token::ColonColon) {
            true => {
                self.bump();
                Some(self.type_expr()?)
            }
            false => None,
        };
        let do_span = match self.at(&Token::Bar) {
            // `call Op() |state|`: the `do` is missing before the binder.
            true => {
                let missing = self.span();
                self.unexpected("`do`");
                missing
            }
            false => self.expect_body_do()?,
        };
        let state = self.opt_state_binder()?;
        let body = self.in_function(|p| p.block(BlockCtx::PLAIN));
        let end = self.expect_end(do_span)?;
        Ok(Handler {
            name,
            params,
            reply,
            state,
            body,
            span: start.to(end),
        })
    }

    /// `|state|`
    fn opt_state_binder(&mut self) -> PResult<Option<Ident>> {
        if self.eat(&Token::Bar).is_none() {
            return Ok(None);
        }
        let name = self.ident("state name")?;
        self.expect(&Token::Bar)?;
        Ok(Some(name))
    }

    /// `[pub] supervisor Name do settings and children end`
    pub(crate) fn supervisor_def(&mut self, pub_span: Option<Span>) -> PResult<SupervisorDef> {
        let start = pub_span.unwrap_or(self.span());
        self.bump();
        let name = self.ident("supervisor name")?;
        let mut settings = SupervisorSettings::default();
        let end = self.members(|p| p.supervisor_member(&mut settings))?;
        Ok(SupervisorDef {
            is_pub: pub_span.is_some(),
            name,
            strategy: settings.strategy.map(|(v, _)| v),
            max_restarts: settings.max_restarts.map(|(v, _)| v),
            max_seconds: settings.max_seconds.map(|(v, _)| v),
            children: settings.children,
            span: start.to(end),
        })
    }

    /// The word starting a supervisor or child setting line; anything else
    /// is P0001 ``unexpected `X` in supervisor body``.
    fn setting_word(&mut self) -> PResult<String> {
        match self.peek() {
            Token::Ident(word) => Ok(word.clone()),
            token => {
                let text = token_text(token);
                Err(self.error_here(ParseError::BadSupervisorMember {
                    text,
                    span: self.span(),
                }))
            }
        }
    }

    fn supervisor_member(&mut self, settings: &mut SupervisorSettings) -> PResult<()> {
        let word = self.setting_word()?;
        match word.as_str() {
            "strategy" => {
                let (value, span) = self.setting(|p, word| p.word_value(word))?;
                self.store(&mut settings.strategy, value, span, "strategy");
            }
            "max_restarts" | "max_seconds" => {
                let (value, span) = self.setting(|p, _| p.int_value())?;
                let slot = match word.as_str() {
                    "max_restarts" => &mut settings.max_restarts,
                    _ => &mut settings.max_seconds,
                };
                self.store(slot, value, span, &word);
            }
            "child" => settings.children.push(self.child_spec()?),
            _ => {
                let error = ParseError::BadSupervisorMember {
                    text: word,
                    span: self.span(),
                };
                return Err(self.error_here(error));
            }
        }
        Ok(())
    }

    /// `key: value` — returns the value and the key's span. `value` gets the
    /// word already read when `key:word` was written without a space.
    fn setting<T>(
        &mut self,
        value: impl FnOnce(&mut Self, Option<Ident>) -> PResult<T>,
    ) -> PResult<(T, Span)> {
        let key = self.ident("setting")?;
        let word = self.key_colon(&key)?;
        Ok((value(self, word)?, key.span))
    }

    /// Records a setting, reporting a duplicate (the first one wins).
    fn store<T>(&mut self, slot: &mut Setting<T>, value: T, span: Span, setting: &str) {
        match slot {
            Some((_, first)) => {
                let error = ParseError::DuplicateSetting {
                    setting: setting.to_string(),
                    span,
                    first: *first,
                };
                self.report(error);
            }
            None => *slot = Some((value, span)),
        }
    }

    fn word_value(&mut self, word: Option<Ident>) -> PResult<Ident> {
        match word {
            Some(word) => Ok(word),
            None => self.ident("identifier"),
        }
    }

    fn int_value(&mut self) -> PResult<(u64, Span)> {
        match self.peek() {
            Token::Int(value) => {
                let value = *value;
                Ok((value, self.bump()))
            }
            _ => Err(self.unexpected("integer literal")),
        }
    }

    /// `child name do start: …  restart: …  shutdown: … end`
    fn child_spec(&mut self) -> PResult<ChildSpec> {
        let start = self.bump();
        let name = self.ident("child name")?;
        let mut child = ChildSettings::default();
        let end = self.members(|p| p.child_member(&mut child))?;
        Ok(ChildSpec {
            name,
            start: child.start.map(|(v, _)| v),
            restart: child.restart.map(|(v, _)| v),
            shutdown: child.shutdown.map(|(v, _)| v),
            span: start.to(end),
        })
    }

    fn child_member(&mut self, child: &mut ChildSettings) -> PResult<()> {
        let word = self.setting_word()?;
        match word.as_str() {
            "start" => {
                let (value, span) = self.setting(|p, word| p.start_value(word))?;
                self.store(&mut child.start, value, span, "start");
            }
            "restart" => {
                let (value, span) = self.setting(|p, word| p.word_value(word))?;
                self.store(&mut child.restart, value, span, "restart");
            }
            "shutdown" => {
                let (value, span) = self.setting(|p, word| p.shutdown_value(word))?;
                self.store(&mut child.shutdown, value, span, "shutdown");
            }
            _ => {
                let error = ParseError::BadSupervisorMember {
                    text: word,
                    span: self.span(),
                };
                return Err(self.error_here(error));
            }
        }
        Ok(())
    }

    fn start_value(&mut self, word: Option<Ident>) -> PResult<Expr> {
        match word {
            None => self.expr(),
            Some(word) => {
                let span = word.span;
                let first = self.mk_expr(ExprKind::Var(word), span);
                self.continue_expr(first)
            }
        }
    }

    fn shutdown_value(&mut self, word: Option<Ident>) -> PResult<Shutdown> {
        if word.is_none() {
            if let Token::Int(_) = self.peek() {
                let (value, span) = self.int_value()?;
                return Ok(Shutdown::Millis(value, span));
            }
        }
        Ok(Shutdown::Word(self.word_value(word)?))
    }
}

#[derive(Default)]
struct SupervisorSettings {
    strategy: Setting<Ident>,
    max_restarts: Setting<(u64, Span)>,
    max_seconds: Setting<(u64, Span)>,
    children: Vec<ChildSpec>,
}

#[derive(Default)]
struct ChildSettings {
    start: Setting<Expr>,
    restart: Setting<Ident>,
    shutdown: Setting<Shutdown>,
}
