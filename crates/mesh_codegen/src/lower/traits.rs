//! Trait method calls on generic receivers (`Callee::Method`, §5.14–§5.15), resolved during
//! monomorphisation.
//!
//! The checker leaves `x.describe()` under `where T: Describe` as a call of the trait method on
//! `T`; in an instance `T` is closed, so the call goes to the impl of the trait whose type
//! matches (see [`crate::impls`]), like a direct call — a self call in tail position is a jump.
//!
//! A bound can also be a built-in trait met by a built-in or derived instance, which has no
//! impl (`x.lt(y)` with `T = Int`, `x.add(y)` with `T = Float`, `x.eq(y)` on a type deriving
//! `Eq`): those methods are the operators and formatting code generation already has. The
//! rejected alternative, synthesising an `ImplDef` for every built-in instance in the checker,
//! would duplicate those operations as Mesh functions.

use inkwell::values::{FunctionValue, IntValue};
use mesh_typeck::tir::{ArithOp, CompareOp, Expr};
use mesh_typeck::ty::Ty;

use super::Lower;
use crate::codegen::FnValueKey;
use crate::error::{CodegenError, Result};
use crate::helpers::Style;
use crate::impls::ImplMethod;

impl<'ctx> Lower<'_, 'ctx> {
    /// `trait_name.method(args…)` with the receiver (first argument) of type `self_ty`.
    pub(super) fn method_call(
        &mut self,
        trait_name: &str,
        method: &str,
        self_ty: &Ty,
        args: &'ctx [Expr],
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        let self_ty = self.ty(self_ty);
        let values = self.exprs(args)?;
        match self.cg.impls.method(trait_name, method, &self_ty) {
            Some(m) => self.call_instance(m.fun, m.inst, &values, tail),
            None => self.builtin_method(trait_name, method, &self_ty, &values),
        }
    }

    /// A method of a built-in trait on a type whose instance is built in or derived.
    fn builtin_method(
        &mut self,
        trait_name: &str,
        method: &str,
        ty: &Ty,
        args: &[IntValue<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        let arg = |i: usize| {
            args.get(i).copied().ok_or_else(|| {
                CodegenError::internal(format!("`{trait_name}.{method}` without argument {i}"))
            })
        };
        match (trait_name, method) {
            ("Eq", "eq") => {
                let flag = self.eq_values(ty, arg(0)?, arg(1)?)?;
                self.bool_word(flag)
            }
            ("Ord", "lt") => {
                let flag = self.compare_values(CompareOp::Lt, ty, arg(0)?, arg(1)?)?;
                self.bool_word(flag)
            }
            ("Ord", "compare") => {
                let order = self.cmp_values(ty, arg(0)?, arg(1)?)?;
                self.ordering_value(order)
            }
            ("Display", "to_string") => self.format_value(ty, arg(0)?, Style::Show),
            ("Debug", "inspect") => self.format_value(ty, arg(0)?, Style::Debug),
            ("Hash", "hash") => self.hash_value(ty, arg(0)?),
            ("Neg", "neg") => self.negate(ty, arg(0)?),
            _ => match arith_method(trait_name, method) {
                Some(op) => self.arith_values(op, ty, arg(0)?, arg(1)?),
                None => Err(no_impl(self, trait_name, method, ty)),
            },
        }
    }

    /// The `Ordering` value of a three-way result: `Less` for -1, `Equal` for 0, and
    /// `Greater` otherwise — also for 2 (unordered), as `compare`'s definition says (§6.5).
    fn ordering_value(&mut self, order: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        let globals = [0, 1, 2].map(|tag| self.cg.nullary_global(tag));
        let [less, equal, greater] = globals.map(|g| self.to_word(g.as_pointer_value()));
        let (less, equal, greater) = (less?, equal?, greater?);
        let is_less = self.words_eq(order, self.int(-1))?;
        let is_equal = self.words_eq(order, self.int(0))?;
        let r = self.b.build_select(is_equal, equal, greater, "")?;
        Ok(self
            .b
            .build_select(is_less, less, r.into_int_value(), "")?
            .into_int_value())
    }

    /// A trait method used as a function value: the impl's method at its instantiation.
    pub(super) fn method_value(
        &mut self,
        trait_name: &str,
        method: &str,
        self_ty: &Ty,
    ) -> Result<(FnValueKey, FunctionValue<'ctx>)> {
        let self_ty = self.ty(self_ty);
        let Some(ImplMethod { fun, inst }) = self.cg.impls.method(trait_name, method, &self_ty)
        else {
            if trait_name.contains('.') {
                return Err(no_impl(self, trait_name, method, &self_ty));
            }
            return Err(CodegenError::unsupported(format!(
                "the built-in trait method `{trait_name}.{method}` used as a value"
            )));
        };
        let code = self.fn_wrapper(fun, &inst)?;
        Ok((FnValueKey::Fn(fun, inst), code))
    }
}

/// The arithmetic operator whose trait method is `trait_name.method`.
fn arith_method(trait_name: &str, method: &str) -> Option<ArithOp> {
    [
        ArithOp::Add,
        ArithOp::Sub,
        ArithOp::Mul,
        ArithOp::Div,
        ArithOp::Rem,
    ]
    .into_iter()
    .find(|op| super::ops::arith_trait(*op) == (trait_name, method))
}

fn no_impl(lw: &Lower, trait_name: &str, method: &str, ty: &Ty) -> CodegenError {
    CodegenError::internal(format!(
        "no impl of `{trait_name}` with a method `{method}` for `{}`",
        lw.cg.type_name(ty)
    ))
}
