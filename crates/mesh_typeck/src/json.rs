//! JSON (STDLIB.md §5.13, §6.4; LANGUAGE.md §5.13): which types are
//! serialisable, `deriving(Json)` (E0038), the overloaded `Json` functions
//! (`encode` of any serialisable value, `get`/`get_nested` on text or on a
//! `Json` value) and the generated `T.from_json`.

use mesh_common::Span;
use mesh_diagnostics::{Code, Diagnostic};
use mesh_parser::ast;

use crate::check::Checker;
use crate::expr::{mk, ArgIn};
use crate::tir::{self, AdtKind, Builtin, Callee, ExprKind as K};
use crate::ty::{Ty, TyCon};
use crate::types::AdtSource;

/// The `Json` type.
pub fn json() -> Ty {
    Ty::Con(TyCon::Json, Vec::new())
}

impl Checker<'_> {
    /// Whether values of `ty` can be encoded (§6.4). Type parameters and
    /// types not known yet are accepted: code generation sees them closed.
    pub fn json_serialisable(&self, ty: &Ty) -> bool {
        match self.inf.shallow(ty) {
            Ty::Var(_) | Ty::Param(_) | Ty::Never => true,
            Ty::Tuple(items) => items.iter().all(|t| self.json_serialisable(t)),
            Ty::Con(con, args) => match con {
                TyCon::Int
                | TyCon::Float
                | TyCon::Bool
                | TyCon::String
                | TyCon::Atom
                | TyCon::Unit
                | TyCon::Json => true,
                TyCon::Option | TyCon::List | TyCon::Set => {
                    args.iter().all(|t| self.json_serialisable(t))
                }
                TyCon::Map => {
                    self.inf.is_con(&args[0], TyCon::String) && self.json_serialisable(&args[1])
                }
                TyCon::Adt(i) => {
                    self.adts
                        .get(i as usize)
                        .is_some_and(|a| a.def.derives.json)
                        && args.iter().all(|t| self.json_serialisable(t))
                }
                _ => false,
            },
            Ty::Fun(..) => false,
        }
    }

    /// E0038 for every field of ADT `id` (which derives `Json`) whose type
    /// is not serialisable; `json` is the `Json` entry of its deriving list.
    pub fn check_json_derive(&mut self, id: usize, json: &ast::Ident) {
        let file = self.modules[self.adts[id].module].file;
        let fields: Vec<(String, Span, Ty)> = match (&self.adts[id].source, &self.adts[id].def.kind)
        {
            (AdtSource::Struct(s), AdtKind::Struct { fields }) => s
                .members
                .iter()
                .filter_map(|m| match m {
                    ast::StructMember::Field { name, .. } => Some(name),
                    _ => None,
                })
                .zip(fields)
                .map(|(name, f)| (name.name.clone(), name.span, f.ty.clone()))
                .collect(),
            (AdtSource::Sum(t), AdtKind::Sum { variants }) => t
                .variants
                .iter()
                .zip(variants)
                .flat_map(|(v, def)| {
                    v.fields
                        .iter()
                        .zip(&def.fields)
                        .enumerate()
                        .map(|(k, (f, ty))| {
                            let (name, span) = match &f.name {
                                Some(n) => (n.name.clone(), n.span),
                                None => (format!("{}.{k}", v.name.name), f.ty.span),
                            };
                            (name, span, ty.clone())
                        })
                })
                .collect(),
            _ => Vec::new(),
        };
        for (name, span, ty) in fields {
            if self.json_serialisable(&ty) {
                continue;
            }
            let shown = self.inf.display(&ty, &mut Vec::new());
            let d = Diagnostic::error(
                Code("E0038"),
                format!("field `{name}` of type `{shown}` is not JSON-serializable"),
            )
            .in_file(file)
            .label(span, "not serializable")
            .label(json.span, "required by this derive");
            self.diags.push(d);
        }
    }

    /// `Json.encode`, `Json.get` and `Json.get_nested`, whose argument types
    /// choose the operation.
    pub fn json_call(
        &mut self,
        name: &ast::Ident,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        let arity = match name.name.as_str() {
            "encode" => 1,
            "get" => 2,
            _ => 3,
        };
        if args.len() != arity {
            self.arity_error_pub(arity, args.len(), args_span);
            return self.error_expr(span);
        }
        let mut params = vec![self.inf.fresh()];
        params.extend((1..arity).map(|_| Ty::STRING));
        let mut args = self.check_args(&params, args);
        let source_ty = self.inf.shallow(&args[0].ty);
        let (builtin, ret) = match name.name.as_str() {
            "encode" => {
                if !self.json_serialisable(&source_ty) {
                    let shown = self.inf.display(&source_ty, &mut Vec::new());
                    let d = Diagnostic::error(
                        Code("E0038"),
                        format!("type `{shown}` is not JSON-serializable"),
                    )
                    .label(args[0].span, "not serializable")
                    .help("derive `Json` for user types; maps need `String` keys");
                    self.push(d);
                    return self.error_expr(span);
                }
                (Builtin::JsonEncode, Ty::STRING)
            }
            _ if self.inf.is_con(&source_ty, TyCon::Json) => {
                let builtin = if arity == 2 {
                    Builtin::JsonGetValue
                } else {
                    Builtin::JsonGetNestedValue
                };
                (builtin, Ty::STRING)
            }
            _ => {
                if let Err(err) = self.inf.unify(&Ty::STRING, &args[0].ty) {
                    let (want, got) = (Ty::STRING, args[0].ty.clone());
                    let d = self.mismatch(err, &want, &got, args[0].span, None);
                    self.push(d);
                }
                let builtin = if arity == 2 {
                    Builtin::JsonGet
                } else {
                    Builtin::JsonGetNested
                };
                (builtin, Ty::STRING)
            }
        };
        let call = K::Call {
            callee: Callee::Builtin(builtin),
            args: std::mem::take(&mut args),
        };
        mk(call, ret, span)
    }

    /// `T.from_json(text) -> Result<T, String>` for a type deriving `Json`
    /// (STDLIB.md §5.30).
    pub fn json_decode_call(
        &mut self,
        ty: Ty,
        args: Vec<ArgIn>,
        span: Span,
        args_span: Span,
    ) -> tir::Expr {
        if args.len() != 1 {
            self.arity_error_pub(1, args.len(), args_span);
            return self.error_expr(span);
        }
        let args = self.check_args(&[Ty::STRING], args);
        let call = K::Call {
            callee: Callee::Builtin(Builtin::JsonFromJson),
            args,
        };
        let ret = Ty::Con(TyCon::Result, vec![ty, Ty::STRING]);
        mk(call, ret, span)
    }
}
