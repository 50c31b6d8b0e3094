//! A builder for the syntax that desugarings generate (`services.rs`, `supervisors.rs`): fresh
//! node ids, and the span of the construct being desugared on everything.

use std::cell::Cell;

use mesh_common::Span;
use mesh_parser::ast::{self, ExprKind as A};

pub fn ident_pattern(gen: &Gen, name: &str) -> ast::Pattern {
    let id = gen.ident(name);
    gen.pattern(ast::PatternKind::Ident(id))
}

/// Builds generated syntax: fresh node ids, every span the construct being desugared.
pub struct Gen {
    next_id: Cell<u32>,
    span: Cell<Span>,
}

impl Gen {
    /// A builder for new syntax in `module`.
    pub fn new(module: &ast::Module) -> Gen {
        Gen {
            next_id: Cell::new(module.node_count),
            span: Cell::new(module.span),
        }
    }

    /// The module's node count once everything is generated.
    pub fn node_count(&self) -> u32 {
        self.next_id.get()
    }

    /// The span given to what is built next.
    pub fn span(&self) -> Span {
        self.span.get()
    }

    /// Gives what is built next the span `span`.
    pub fn at(&self, span: Span) {
        self.span.set(span);
    }

    pub fn id(&self) -> ast::NodeId {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        ast::NodeId(id)
    }

    pub fn ident(&self, name: &str) -> ast::Ident {
        ast::Ident {
            name: name.to_string(),
            span: self.span.get(),
        }
    }

    pub fn expr(&self, kind: A) -> ast::Expr {
        ast::Expr {
            id: self.id(),
            kind,
            span: self.span.get(),
        }
    }

    pub fn int(&self, n: i64) -> ast::Expr {
        self.expr(A::Int(n))
    }

    pub fn string(&self, text: &str) -> ast::Expr {
        self.expr(A::Str(vec![ast::StrPart::Text(text.to_string())]))
    }

    pub fn list(&self, items: Vec<ast::Expr>) -> ast::Expr {
        self.expr(A::List(items))
    }

    pub fn var(&self, name: &str) -> ast::Expr {
        let id = self.ident(name);
        self.expr(A::Var(id))
    }

    pub fn call(&self, name: &str, args: Vec<ast::Expr>) -> ast::Expr {
        let callee = self.var(name);
        self.expr(A::Call {
            callee: Box::new(callee),
            args: args
                .into_iter()
                .map(|value| ast::Arg { name: None, value })
                .collect(),
            args_span: self.span.get(),
        })
    }

    pub fn pattern(&self, kind: ast::PatternKind) -> ast::Pattern {
        ast::Pattern {
            id: self.id(),
            kind,
            span: self.span.get(),
        }
    }

    pub fn ty(&self, kind: ast::TypeKind) -> ast::TypeExpr {
        ast::TypeExpr {
            kind,
            span: self.span.get(),
        }
    }

    pub fn named_ty(&self, name: &str, args: Vec<ast::TypeExpr>) -> ast::TypeExpr {
        self.ty(ast::TypeKind::Named {
            path: vec![self.ident(name)],
            args,
        })
    }

    pub fn block(&self, stmts: Vec<ast::Stmt>) -> ast::Block {
        ast::Block {
            stmts,
            span: self.span.get(),
        }
    }

    pub fn let_stmt(
        &self,
        pattern: ast::Pattern,
        ty: Option<ast::TypeExpr>,
        value: ast::Expr,
    ) -> ast::Stmt {
        ast::Stmt::Let(ast::LetStmt {
            pattern,
            ty,
            value,
            span: self.span.get(),
        })
    }

    pub fn fn_def(
        &self,
        name: &str,
        params: Vec<ast::Param>,
        ret: Option<ast::TypeExpr>,
        body: ast::Block,
        is_pub: bool,
    ) -> ast::FnDef {
        ast::FnDef {
            is_pub,
            pub_span: None,
            kw_span: self.span.get(),
            name: self.ident(name),
            generics: Vec::new(),
            generics_span: None,
            params: Some(params),
            params_span: None,
            ret,
            where_clause: Vec::new(),
            where_span: None,
            guard: None,
            body: ast::FnBody::Block(body),
            span: self.span.get(),
        }
    }
}
