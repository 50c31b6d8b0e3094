//! The top level of a file or inline module (§1.3, §3.2, §3.3): items,
//! imports, and top-level statements.
//!
//! Items other than functions may appear only here. Inside a block they are
//! still parsed in full — so their bodies do not derail the surrounding
//! block — then reported and dropped.

use mesh_lexer::Token;

use crate::ast::{FromImport, ImportDecl, Item, ModuleDef, Stmt};
use crate::errors::ParseError;
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    /// Items up to end of file, or up to `end` for an inline module.
    pub(crate) fn items(&mut self, in_module: bool) -> Vec<Item> {
        let mut items = Vec::new();
        loop {
            self.skip_seps();
            match self.peek() {
                Token::Eof => break,
                Token::End if in_module => break,
                _ => self.top_item(&mut items),
            }
        }
        items
    }

    /// Parses one item into `items`, recovering from errors.
    fn top_item(&mut self, items: &mut Vec<Item>) {
        let start = self.span();
        let errors_before = self.diagnostic_count();
        let parsed = self.nested(|p| p.with_fn_context(false, |p| p.item()));
        match parsed {
            Ok(item) => {
                items.push(item);
                let quiet = self.diagnostic_count() > errors_before;
                if self
                    .stmt_boundary(quiet, |t| matches!(t, Token::Eof | Token::End))
                    .is_err()
                {
                    self.recover_top_level();
                }
            }
            Err(_) => {
                self.recover_top_level();
                let error = self.error_expr(start.to(self.prev_span()));
                items.push(Item::Expr(error));
            }
        }
    }

    /// Skips the rest of a broken item; a stray `end` is consumed here
    /// because at the top level nothing encloses it.
    fn recover_top_level(&mut self) {
        let before = self.pos();
        self.recover_line(|_| false);
        if self.pos() == before && !self.at_eof() {
            self.bump();
        }
    }

    /// `top_item` (§3.2).
    pub(crate) fn item(&mut self) -> PResult<Item> {
        let item = match self.peek() {
            Token::Import => Item::Import(self.import_decl()?),
            Token::Ident(word) if word == "from" && matches!(self.nth(1), Token::Ident(_)) => {
                Item::FromImport(self.import_names()?)
            }
            Token::Pub => return self.pub_item(),
            Token::Module => Item::Module(self.module_def(None)?),
            Token::Struct => Item::Struct(self.struct_def(None)?),
            Token::Type => self.type_def(None)?,
            Token::Interface => Item::Interface(self.interface_def(None)?),
            Token::Impl => Item::Impl(self.impl_def(None)?),
            Token::Actor => Item::Actor(self.actor_def(None)?),
            Token::Service => Item::Service(self.service_def(None)?),
            Token::Supervisor => Item::Supervisor(self.supervisor_def(None)?),
            token if !crate::blocks::can_start_stmt(token) => return Err(self.unexpected("item")),
            _ => match self.stmt(false)? {
                Stmt::Let(stmt) => Item::Let(stmt),
                Stmt::Fn(def) => Item::Fn(def),
                Stmt::Expr(expr) => Item::Expr(expr),
            },
        };
        Ok(item)
    }

    /// `pub` followed by a definition.
    fn pub_item(&mut self) -> PResult<Item> {
        let pub_span = self.bump();
        let is_pub = Some(pub_span);
        Ok(match self.peek() {
            Token::Fn | Token::Def => Item::Fn(self.fn_def(is_pub)?),
            Token::Module => Item::Module(self.module_def(is_pub)?),
            Token::Struct => Item::Struct(self.struct_def(is_pub)?),
            Token::Type => self.type_def(is_pub)?,
            Token::Interface => Item::Interface(self.interface_def(is_pub)?),
            Token::Actor => Item::Actor(self.actor_def(is_pub)?),
            Token::Service => Item::Service(self.service_def(is_pub)?),
            Token::Supervisor => Item::Supervisor(self.supervisor_def(is_pub)?),
            Token::Impl => {
                self.report(ParseError::PubImpl { span: pub_span });
                Item::Impl(self.impl_def(None)?)
            }
            _ => return Err(self.unexpected("definition")),
        })
    }

    /// `import A.B`
    fn import_decl(&mut self) -> PResult<ImportDecl> {
        let start = self.bump();
        let path = self.path("module name")?;
        let span = start.to(path[path.len() - 1].span);
        Ok(ImportDecl { path, span })
    }

    /// `from A.B import x, y` (`import *` is rejected).
    fn import_names(&mut self) -> PResult<FromImport> {
        let start = self.bump();
        let path = self.path("module name")?;
        let mut span = start.to(self.expect(&Token::Import)?);
        if self.at(&Token::Star) {
            let star = self.span();
            self.soft_error_here(ParseError::GlobImport { span: star });
            self.bump();
            return Ok(FromImport {
                path,
                names: Vec::new(),
                span: span.to(star),
            });
        }
        let mut names = vec![self.ident("name to import")?];
        while self.eat(&Token::Comma).is_some() {
            names.push(self.ident("name to import")?);
        }
        span = span.to(names[names.len() - 1].span);
        Ok(FromImport { path, names, span })
    }

    /// `[pub] module Name do items end`
    fn module_def(&mut self, pub_span: Option<mesh_common::Span>) -> PResult<ModuleDef> {
        let start = self.bump();
        let name = self.ident("module name")?;
        let do_span = self.expect_body_do()?;
        let items = self.with_fn_context(false, |p| p.items(true));
        let end = self.expect_end(do_span)?;
        let span = pub_span.unwrap_or(start).to(end);
        Ok(ModuleDef {
            is_pub: pub_span.is_some(),
            name,
            items,
            span,
        })
    }

    /// Is the current token an item keyword that is misplaced in a block?
    pub(crate) fn at_item_keyword(&self) -> bool {
        self.misplaced_kind().is_some()
    }

    fn misplaced_kind(&self) -> Option<&'static str> {
        Some(match self.peek() {
            Token::Import => "`import`",
            Token::Ident(word) if word == "from" && self.at_import_names() => "`from … import`",
            Token::Module => "`module`",
            Token::Struct => "`struct`",
            Token::Type => "`type`",
            Token::Interface => "`interface`",
            Token::Impl => "`impl`",
            Token::Actor => "`actor`",
            Token::Service => "`service`",
            Token::Supervisor => "`supervisor`",
            Token::Pub => "`pub`",
            _ => return None,
        })
    }

    /// `from A.B import` — a from-import even where `from` is an identifier.
    fn at_import_names(&self) -> bool {
        let mut n = 1;
        while matches!(self.nth(n), Token::Ident(_)) {
            match self.nth(n + 1) {
                Token::Dot => n += 2,
                Token::Import => return true,
                _ => return false,
            }
        }
        false
    }

    /// An item inside a block: reported, parsed in full, and dropped.
    pub(crate) fn misplaced_item(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let kind = self.misplaced_kind().unwrap_or("this item");
        let kind = match (kind, self.nth(1)) {
            ("`pub`", next) => pub_kind(next),
            _ => kind,
        };
        self.soft_error_here(ParseError::MisplacedItem { kind, span: start });
        self.item()?;
        Ok(Stmt::Expr(self.error_expr(start.to(self.prev_span()))))
    }
}

/// The kind named in the error for `pub X` inside a block.
fn pub_kind(next: &Token) -> &'static str {
    match next {
        Token::Module => "`module`",
        Token::Struct => "`struct`",
        Token::Type => "`type`",
        Token::Interface => "`interface`",
        Token::Impl => "`impl`",
        Token::Actor => "`actor`",
        Token::Service => "`service`",
        Token::Supervisor => "`supervisor`",
        _ => "`pub`",
    }
}
