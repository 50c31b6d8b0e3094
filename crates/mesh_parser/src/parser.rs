//! The parser state: a cursor over the token stream, node ids, error
//! reporting and speculation.
//!
//! Every grammar function returns [`PResult`]. `Err(Fail)` carries no data:
//! it means "an error has already been reported (or deliberately suppressed);
//! unwind to the nearest recovery point". Recovery points — statements in a
//! block, elements of a bracketed list, arms, items — skip to a
//! synchronisation token (`recovery.rs`) and carry on, so one file can yield
//! many independent errors.
//!
//! Two rules keep the error output honest:
//!
//! * **One error per token.** Errors *about the current token* go through
//!   [`Parser::error_here`], which remembers the token index and stays silent
//!   the second time the same token is blamed (typically once by the
//!   construct that failed and once by its enclosing construct).
//! * **Speculation is silent.** [`Parser::lookahead`] runs a parse function,
//!   reports nothing, and rewinds the cursor and the node-id counter. It is
//!   used for the one place where the grammar needs unbounded lookahead: the
//!   arm boundary of §3.11. An alternative would be a backtracking combinator
//!   library; see `docs/design/parser.md` for why this is hand-written.

use std::collections::HashMap;

use mesh_common::Span;
use mesh_diagnostics::Diagnostic;
use mesh_lexer::Token;

use crate::ast::{Expr, ExprKind, Ident, NodeId, Pattern, PatternKind};
use crate::errors::ParseError;

/// "An error was reported; unwind to a recovery point."
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fail;

pub(crate) type PResult<T> = Result<T, Fail>;

/// Deepest nesting of expressions, patterns, types and statements. Deeper
/// input is rejected instead of overflowing the stack. Measured with the dev
/// profile, a 2 MiB thread (the smallest stack the compiler runs on: test
/// threads) overflows only beyond about 400 levels; real programs stay
/// well below 50. See the `deep_nesting` test in `tests/recovery.rs`.
const MAX_DEPTH: u32 = 128;

/// Cursor position and counters, saved for speculation.
#[derive(Clone, Copy)]
struct Snapshot {
    pos: usize,
    next_id: u32,
    delims: usize,
}

pub(crate) struct Parser<'src> {
    tokens: Vec<(Token, Span)>,
    pos: usize,
    /// The source text, when known: used only to tell whether two tokens are
    /// on the same line (struct literals, §3.8).
    text: Option<&'src str>,
    text_len: u32,
    next_id: u32,
    diagnostics: Vec<Diagnostic>,
    /// Depth of nested [`Parser::lookahead`] calls; errors are dropped while > 0.
    speculating: u32,
    /// Set by a hard error during speculation: the speculative parse failed.
    spec_failed: bool,
    /// Index of the last token an error was reported about.
    last_error_pos: Option<usize>,
    /// Closers of the brackets currently open (`)`, `]`, `}`, `InterpEnd`):
    /// a block stops at such a token because an enclosing construct owns it.
    delims: Vec<Token>,
    /// Inside a function, closure, actor or handler body (`return` allowed).
    in_fn: bool,
    depth: u32,
    /// Memoised arm-boundary checks, by token index.
    arm_starts: HashMap<usize, bool>,
    /// The lexer already reported an unterminated string or comment, which
    /// explains anything missing at the end of the file.
    quiet_at_eof: bool,
    /// Start offsets of lexical errors: a token there is already explained.
    lexical_errors: Vec<u32>,
}

impl<'src> Parser<'src> {
    pub(crate) fn new(tokens: &[(Token, Span)], text: Option<&'src str>, text_len: u32) -> Self {
        let mut tokens: Vec<(Token, Span)> = tokens.to_vec();
        if let Some(eof) = tokens.iter().position(|(t, _)| *t == Token::Eof) {
            tokens.truncate(eof + 1);
        } else {
            tokens.push((Token::Eof, Span::empty(text_len)));
        }
        Parser {
            tokens,
            pos: 0,
            text,
            text_len,
            next_id: 0,
            diagnostics: Vec::new(),
            speculating: 0,
            spec_failed: false,
            last_error_pos: None,
            delims: Vec::new(),
            in_fn: false,
            depth: 0,
            arm_starts: HashMap::new(),
            quiet_at_eof: false,
            lexical_errors: Vec::new(),
        }
    }

    /// Remembers the lexer's errors so that the parser does not blame the
    /// same token (or the synthetic end of an unterminated string) again.
    pub(crate) fn set_lexical_errors(&mut self, errors: &[Diagnostic]) {
        self.quiet_at_eof = errors.iter().any(|d| d.message.starts_with("unterminated"));
        self.lexical_errors = errors
            .iter()
            .filter_map(|d| d.primary_span())
            .map(|s| s.start)
            .collect();
        self.lexical_errors.sort_unstable();
    }

    /// Is the current token already covered by a lexical error?
    fn explained_by_lexer(&self) -> bool {
        let start = self.span().start;
        // Synthetic tokens at the end (`Eof`, the closers the lexer adds to an
        // unterminated string) are explained by "unterminated …".
        (self.quiet_at_eof && start >= self.text_len)
            || self.lexical_errors.binary_search(&start).is_ok()
    }

    pub(crate) fn text_len(&self) -> u32 {
        self.text_len
    }

    /// The number of node ids handed out, and the diagnostics.
    pub(crate) fn finish(self) -> (u32, Vec<Diagnostic>) {
        (self.next_id, self.diagnostics)
    }

    // ---- cursor -----------------------------------------------------------

    pub(crate) fn peek(&self) -> &Token {
        self.nth(0)
    }

    /// The token `n` places ahead (the final `Eof` repeats forever).
    pub(crate) fn nth(&self, n: usize) -> &Token {
        &self.tokens[self.token_index(n)].0
    }

    pub(crate) fn nth_span(&self, n: usize) -> Span {
        self.tokens[self.token_index(n)].1
    }

    fn token_index(&self, n: usize) -> usize {
        (self.pos + n).min(self.tokens.len() - 1)
    }

    /// The span of the current token.
    pub(crate) fn span(&self) -> Span {
        self.nth_span(0)
    }

    /// The span of the last consumed token.
    pub(crate) fn prev_span(&self) -> Span {
        match self.pos.checked_sub(1) {
            Some(i) => self.tokens[i].1,
            None => Span::empty(self.span().start),
        }
    }

    pub(crate) fn prev_token(&self) -> Option<&Token> {
        self.pos.checked_sub(1).map(|i| &self.tokens[i].0)
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn at(&self, token: &Token) -> bool {
        self.peek() == token
    }

    pub(crate) fn at_eof(&self) -> bool {
        self.at(&Token::Eof)
    }

    /// Is the current token the contextual word `word`?
    pub(crate) fn at_word(&self, word: &str) -> bool {
        matches!(self.peek(), Token::Ident(name) if name == word)
    }

    /// Consumes the current token (never moves past `Eof`) and returns its span.
    pub(crate) fn bump(&mut self) -> Span {
        let span = self.span();
        if self.pos + 1 < self.tokens.len() {
            self.pos += 1;
        }
        span
    }

    pub(crate) fn eat(&mut self, token: &Token) -> Option<Span> {
        if self.at(token) {
            Some(self.bump())
        } else {
            None
        }
    }

    /// Consumes `token` or reports "expected `token`, found …".
    pub(crate) fn expect(&mut self, token: &Token) -> PResult<Span> {
        match self.eat(token) {
            Some(span) => Ok(span),
            None => Err(self.unexpected(token.to_string())),
        }
    }

    pub(crate) fn at_sep(&self) -> bool {
        is_sep(self.peek())
    }

    pub(crate) fn skip_seps(&mut self) {
        while self.at_sep() {
            self.bump();
        }
    }

    /// Are the end of `before` and the start of `after` on the same line?
    pub(crate) fn same_line(&self, before: Span, after: Span) -> bool {
        let Some(text) = self.text else { return true };
        let between = text
            .get(before.end as usize..after.start as usize)
            .unwrap_or("");
        !between.contains(['\n', '\r'])
    }

    // ---- names ------------------------------------------------------------

    /// An identifier, or an error naming `what` ("function name", …).
    pub(crate) fn ident(&mut self, what: &str) -> PResult<Ident> {
        match self.peek() {
            Token::Ident(name) => {
                let name = name.clone();
                Ok(Ident {
                    name,
                    span: self.bump(),
                })
            }
            _ => Err(self.unexpected(what)),
        }
    }

    /// A name after `.`: an identifier or any keyword (§2.4).
    pub(crate) fn member_name(&mut self) -> PResult<Ident> {
        if let Some(keyword) = self.peek().keyword_text() {
            return Ok(Ident {
                name: keyword.to_string(),
                span: self.bump(),
            });
        }
        self.ident("identifier")
    }

    /// Can the current token be a member name after `.`?
    pub(crate) fn at_member_name(&self, n: usize) -> bool {
        let token = self.nth(n);
        matches!(token, Token::Ident(_)) || token.keyword_text().is_some()
    }

    /// `IDENT { "." IDENT }` — keywords are accepted after a dot.
    pub(crate) fn path(&mut self, what: &str) -> PResult<Vec<Ident>> {
        let mut path = vec![self.ident(what)?];
        while self.at(&Token::Dot) && self.at_member_name(1) {
            self.bump();
            path.push(self.member_name()?);
        }
        Ok(path)
    }

    // ---- nodes ------------------------------------------------------------

    fn fresh_id(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }

    pub(crate) fn mk_expr(&mut self, kind: ExprKind, span: Span) -> Expr {
        Expr {
            id: self.fresh_id(),
            kind,
            span,
        }
    }

    pub(crate) fn mk_pat(&mut self, kind: PatternKind, span: Span) -> Pattern {
        Pattern {
            id: self.fresh_id(),
            kind,
            span,
        }
    }

    pub(crate) fn error_expr(&mut self, span: Span) -> Expr {
        self.mk_expr(ExprKind::Error, span)
    }

    /// Hands ids `from..` out again: their nodes were discarded (a dotted
    /// name that turned out to be the path of a struct literal).
    pub(crate) fn reclaim_ids(&mut self, from: NodeId) {
        self.next_id = self.next_id.min(from.0);
    }

    // ---- errors -----------------------------------------------------------

    /// Reports an error that is not about "the current token" (a misplaced
    /// argument, a duplicate clause, …). Does not fail speculation.
    pub(crate) fn report(&mut self, error: ParseError) {
        if self.speculating == 0 {
            self.diagnostics.push(error.into_diagnostic());
        }
    }

    /// Reports an error about the current token, at most once per token.
    /// Fails a speculative parse.
    pub(crate) fn error_here(&mut self, error: ParseError) -> Fail {
        self.spec_failed = true;
        self.soft_error_here(error);
        Fail
    }

    /// Like [`Parser::error_here`], but the construct is still well formed
    /// (an out-of-range literal, an interpolated pattern string): a
    /// speculative parse does not fail because of it.
    pub(crate) fn soft_error_here(&mut self, error: ParseError) {
        let repeated = self.last_error_pos == Some(self.pos);
        if self.speculating > 0 || repeated || self.explained_by_lexer() {
            return;
        }
        self.last_error_pos = Some(self.pos);
        self.diagnostics.push(error.into_diagnostic());
    }

    /// "expected {expected}, found {current token}".
    pub(crate) fn unexpected(&mut self, expected: impl Into<String>) -> Fail {
        let error = ParseError::Expected {
            expected: expected.into(),
            found: self.peek().clone(),
            span: self.span(),
            help: None,
        };
        self.error_here(error)
    }

    pub(crate) fn diagnostic_count(&self) -> usize {
        self.diagnostics.len()
    }

    /// Adds `help` to the newest diagnostic if it was reported after the
    /// first `since` and has no help yet.
    pub(crate) fn add_help_since(&mut self, since: usize, help: &str) {
        let added = self.diagnostics.len() > since;
        if let Some(last) = self
            .diagnostics
            .last_mut()
            .filter(|d| added && d.help.is_none())
        {
            last.help = Some(help.to_string());
        }
    }

    pub(crate) fn is_speculating(&self) -> bool {
        self.speculating > 0
    }

    // ---- context ----------------------------------------------------------

    /// Runs `f` with `closer` registered as the closer of an open bracket.
    pub(crate) fn in_delims<T>(&mut self, closer: Token, f: impl FnOnce(&mut Self) -> T) -> T {
        self.delims.push(closer);
        let result = f(self);
        self.delims.pop();
        result
    }

    /// Does `token` close a bracket opened by an enclosing construct?
    pub(crate) fn closes_open_delim(&self, token: &Token) -> bool {
        self.delims.contains(token)
    }

    /// Runs `f` as the body of a function, closure, actor or handler.
    pub(crate) fn in_function<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.with_fn_context(true, f)
    }

    pub(crate) fn with_fn_context<T>(&mut self, in_fn: bool, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.in_fn, in_fn);
        let result = f(self);
        self.in_fn = outer;
        result
    }

    pub(crate) fn in_fn(&self) -> bool {
        self.in_fn
    }

    /// Runs a recursive grammar function, refusing input nested too deeply.
    pub(crate) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.depth >= MAX_DEPTH {
            return Err(self.error_here(ParseError::TooDeep { span: self.span() }));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    // ---- speculation ------------------------------------------------------

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            pos: self.pos,
            next_id: self.next_id,
            delims: self.delims.len(),
        }
    }

    fn restore(&mut self, snapshot: Snapshot) {
        self.pos = snapshot.pos;
        self.next_id = snapshot.next_id;
        self.delims.truncate(snapshot.delims);
    }

    /// Runs `f` silently and rewinds; true if it succeeded without a hard error.
    pub(crate) fn lookahead<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> bool {
        let snapshot = self.snapshot();
        let outer_failed = std::mem::replace(&mut self.spec_failed, false);
        self.speculating += 1;
        let ok = f(self).is_ok() && !self.spec_failed;
        self.speculating -= 1;
        self.spec_failed = outer_failed;
        self.restore(snapshot);
        ok
    }

    /// A memoised [`Parser::lookahead`] keyed by the current position.
    pub(crate) fn memo_lookahead(&mut self, f: impl FnOnce(&mut Self) -> PResult<()>) -> bool {
        if let Some(&known) = self.arm_starts.get(&self.pos) {
            return known;
        }
        let pos = self.pos;
        let result = self.lookahead(f);
        self.arm_starts.insert(pos, result);
        result
    }
}

/// `NEWLINE` or `;` (§3.1 `sep`).
pub(crate) fn is_sep(token: &Token) -> bool {
    matches!(token, Token::Newline | Token::Semi)
}
