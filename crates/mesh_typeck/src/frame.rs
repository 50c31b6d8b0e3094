//! Per-function checking state: locals, block scopes, closure captures and
//! loop nesting.
//!
//! Closures and nested functions are lifted into functions of their own, so
//! every closure body gets its own frame; a name found in an outer frame is
//! captured through every frame in between.

use crate::tir::{Local, LocalId};
use crate::ty::Ty;

pub struct Frame {
    pub locals: Vec<Local>,
    scopes: Vec<Vec<(String, LocalId)>>,
    /// Locals of this frame loaded from the closure environment …
    pub captures: Vec<LocalId>,
    /// … and, in the same order, the locals of the parent frame they copy.
    pub capture_sources: Vec<LocalId>,
    pub ret: Ty,
    /// Span of the return annotation, for E0001's secondary label.
    pub ret_span: Option<mesh_common::Span>,
    pub loops: u32,
    pub is_closure: bool,
    /// In an actor body: the actor's message type (§5.17).
    pub actor_message: Option<Ty>,
}

impl Frame {
    pub fn new(ret: Ty, is_closure: bool) -> Frame {
        Frame {
            locals: Vec::new(),
            scopes: vec![Vec::new()],
            captures: Vec::new(),
            capture_sources: Vec::new(),
            ret,
            ret_span: None,
            loops: 0,
            is_closure,
            actor_message: None,
        }
    }

    pub fn new_local(&mut self, name: &str, ty: Ty) -> LocalId {
        self.locals.push(Local {
            name: name.to_string(),
            ty,
        });
        LocalId(self.locals.len() as u32 - 1)
    }

    /// Declares `name` in the innermost scope (shadowing earlier bindings).
    pub fn bind(&mut self, name: &str, id: LocalId) {
        if let Some(scope) = self.scopes.last_mut() {
            scope.push((name.to_string(), id));
        }
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    pub fn find(&self, name: &str) -> Option<LocalId> {
        self.scopes.iter().rev().find_map(|scope| {
            scope
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, id)| *id)
        })
    }

    /// All names visible in this frame (for did-you-mean).
    pub fn visible_names(&self) -> Vec<String> {
        self.scopes
            .iter()
            .flatten()
            .map(|(n, _)| n.clone())
            .collect()
    }

    pub fn local_ty(&self, id: LocalId) -> Ty {
        self.locals[id.0 as usize].ty.clone()
    }

    /// Adds a capture of `source` (a local of the parent frame), visible by
    /// name for the rest of the body.
    pub fn capture(&mut self, name: &str, source: LocalId, ty: Ty) -> LocalId {
        let id = self.capture_hidden(name, source, ty);
        if let Some(scope) = self.scopes.first_mut() {
            scope.push((name.to_string(), id));
        }
        id
    }

    /// Adds a capture of `source` without binding its name (the name may be
    /// shadowed where the capture is needed).
    pub fn capture_hidden(&mut self, name: &str, source: LocalId, ty: Ty) -> LocalId {
        if let Some(i) = self.capture_sources.iter().position(|s| *s == source) {
            return self.captures[i];
        }
        let id = self.new_local(name, ty);
        self.captures.push(id);
        self.capture_sources.push(source);
        id
    }
}
