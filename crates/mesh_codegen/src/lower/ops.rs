//! Operators: arithmetic (§6.3, §6.4), equality and ordering (§6.5), concatenation.
//!
//! On user types the operators call the user's impls: `+ - * / %` and unary `-` the methods of
//! `Add`/`Sub`/`Mul`/`Div`/`Mod`/`Neg`, `< > <= >=` the `lt` of a user `impl Ord`; equality
//! goes through the per-type helper, which calls a user `impl Eq` (see `helpers`).
//!
//! Int arithmetic wraps (`add`/`sub`/`mul` without `nsw`). Division and remainder check for a
//! zero divisor (panic `division by zero`) and replace a divisor of `-1` by `1`, which sidesteps
//! the undefined `MIN / -1` of `sdiv`: the quotient is then negated with wrapping (`0 - a`) and
//! the remainder of a division by 1 is already the required 0. Floats are bit patterns in words,
//! bit-cast to `double` around each operation.

use inkwell::values::{FloatValue, IntValue};
use inkwell::{FloatPredicate, IntPredicate};
use mesh_typeck::tir::{ArithOp, CompareOp, Expr, ExprKind, UnaryOp};
use mesh_typeck::ty::{Ty, TyCon};

use super::Lower;
use crate::error::{CodegenError, Result};
use crate::impls::ImplMethod;
use crate::runtime::RuntimeFn;

impl<'ctx> Lower<'_, 'ctx> {
    pub fn to_float(&self, word: IntValue<'ctx>) -> Result<FloatValue<'ctx>> {
        Ok(self
            .b
            .build_bit_cast(word, self.cg.ctx.f64_type(), "")?
            .into_float_value())
    }

    pub fn float_bits(&self, x: FloatValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self
            .b
            .build_bit_cast(x, self.cg.word(), "")?
            .into_int_value())
    }

    /// The static type of a binary operation's operands (the first that is not `Never`).
    fn operand_ty(&self, lhs: &Expr, rhs: &Expr) -> Ty {
        let l = self.ty(&lhs.ty);
        if l == Ty::Never {
            self.ty(&rhs.ty)
        } else {
            l
        }
    }

    pub(super) fn unary(&mut self, op: UnaryOp, operand: &'ctx Expr) -> Result<IntValue<'ctx>> {
        let v = self.expr(operand)?;
        match op {
            UnaryOp::Not => Ok(self.b.build_xor(v, self.int(1), "")?),
            // The checker's choice between the two is a guess when the operand's type is a
            // parameter; the instantiated type decides.
            UnaryOp::NegInt | UnaryOp::NegFloat => {
                let ty = self.ty(&operand.ty);
                self.negate(&ty, v)
            }
        }
    }

    /// `-v` for a value of type `ty`: wrapping for Int, IEEE for Float, `Neg.neg` of the
    /// user impl for a user type.
    pub fn negate(&mut self, ty: &Ty, v: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int, _) => Ok(self.b.build_int_sub(self.int(0), v, "")?),
            Ty::Con(TyCon::Float, _) => {
                let x = self.to_float(v)?;
                let neg = self.b.build_float_neg(x, "")?;
                self.float_bits(neg)
            }
            Ty::Never => Ok(self.cg.word().get_poison()),
            _ => self.operator_impl("Neg", "neg", ty, &[v]),
        }
    }

    pub(super) fn arith(
        &mut self,
        op: ArithOp,
        lhs: &'ctx Expr,
        rhs: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let a = self.expr(lhs)?;
        let b = self.expr(rhs)?;
        let ty = self.operand_ty(lhs, rhs);
        self.arith_values(op, &ty, a, b)
    }

    /// `a op b` for operands of type `ty`; on a user type, the method of its `Add`/`Sub`/…
    /// impl, whose result has the impl's `Output` type.
    pub fn arith_values(
        &mut self,
        op: ArithOp,
        ty: &Ty,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        match ty {
            Ty::Con(TyCon::Int, _) => self.int_arith(op, a, b),
            Ty::Con(TyCon::Float, _) => self.float_arith(op, a, b),
            Ty::Never => Ok(self.cg.word().get_poison()),
            _ => {
                let (trait_name, method) = arith_trait(op);
                self.operator_impl(trait_name, method, ty, &[a, b])
            }
        }
    }

    /// Calls `method` of the user impl of the operator trait `trait_name` for `ty`.
    fn operator_impl(
        &mut self,
        trait_name: &str,
        method: &str,
        ty: &Ty,
        args: &[IntValue<'ctx>],
    ) -> Result<IntValue<'ctx>> {
        let m = self
            .cg
            .impls
            .method(trait_name, method, ty)
            .ok_or_else(|| {
                CodegenError::internal(format!(
                    "`{trait_name}` is not implemented for `{}`",
                    self.cg.type_name(ty)
                ))
            })?;
        self.call_known(m.fun, m.inst, args)
    }

    fn int_arith(
        &mut self,
        op: ArithOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        Ok(match op {
            ArithOp::Add => self.b.build_int_add(a, b, "")?,
            ArithOp::Sub => self.b.build_int_sub(a, b, "")?,
            ArithOp::Mul => self.b.build_int_mul(a, b, "")?,
            ArithOp::Div | ArithOp::Rem => self.int_division(op, a, b)?,
        })
    }

    fn int_division(
        &mut self,
        op: ArithOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let nonzero = self
            .b
            .build_int_compare(IntPredicate::NE, b, self.int(0), "")?;
        self.check(nonzero, "division by zero")?;
        let minus_one = self
            .b
            .build_int_compare(IntPredicate::EQ, b, self.int(-1), "")?;
        let divisor = self
            .b
            .build_select(minus_one, self.int(1), b, "")?
            .into_int_value();
        if op == ArithOp::Rem {
            return Ok(self.b.build_int_signed_rem(a, divisor, "")?);
        }
        let quotient = self.b.build_int_signed_div(a, divisor, "")?;
        let negated = self.b.build_int_sub(self.int(0), a, "")?;
        Ok(self
            .b
            .build_select(minus_one, negated, quotient, "")?
            .into_int_value())
    }

    fn float_arith(
        &mut self,
        op: ArithOp,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let (x, y) = (self.to_float(a)?, self.to_float(b)?);
        let r = match op {
            ArithOp::Add => self.b.build_float_add(x, y, "")?,
            ArithOp::Sub => self.b.build_float_sub(x, y, "")?,
            ArithOp::Mul => self.b.build_float_mul(x, y, "")?,
            ArithOp::Div => self.b.build_float_div(x, y, "")?,
            ArithOp::Rem => self.b.build_float_rem(x, y, "")?,
        };
        self.float_bits(r)
    }

    pub(super) fn eq_expr(
        &mut self,
        negate: bool,
        lhs: &'ctx Expr,
        rhs: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let a = self.expr(lhs)?;
        let b = self.expr(rhs)?;
        let ty = self.operand_ty(lhs, rhs);
        let mut eq = self.eq_values(&ty, a, b)?;
        if negate {
            eq = self.b.build_not(eq, "")?;
        }
        self.bool_word(eq)
    }

    pub(super) fn compare_expr(
        &mut self,
        op: CompareOp,
        lhs: &'ctx Expr,
        rhs: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let a = self.expr(lhs)?;
        let b = self.expr(rhs)?;
        let ty = self.operand_ty(lhs, rhs);
        let flag = self.compare_values(op, &ty, a, b)?;
        self.bool_word(flag)
    }

    /// `a op b` as an `i1`: primitives inline, everything else through a three-way comparison.
    pub fn compare_values(
        &mut self,
        op: CompareOp,
        ty: &Ty,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let (signed, unsigned, float) = predicates(op);
        match ty {
            Ty::Con(TyCon::Int, _) => Ok(self.b.build_int_compare(signed, a, b, "")?),
            Ty::Con(TyCon::Bool, _) => Ok(self.b.build_int_compare(unsigned, a, b, "")?),
            Ty::Con(TyCon::Float, _) => {
                let (x, y) = (self.to_float(a)?, self.to_float(b)?);
                Ok(self.b.build_float_compare(float, x, y, "")?)
            }
            _ => {
                if let Some(lt) = self.cg.impls.method("Ord", "lt", ty) {
                    return self.compare_through_lt(op, lt, a, b);
                }
                let order = self.cmp_values(ty, a, b)?;
                self.order_satisfies(op, order)
            }
        }
    }

    /// A user `impl Ord` defines the operators through `lt` (§6.5): `a < b` is `a.lt(b)`,
    /// `a > b` is `b.lt(a)`, `a <= b` is `not b.lt(a)`, `a >= b` is `not a.lt(b)`.
    fn compare_through_lt(
        &mut self,
        op: CompareOp,
        lt: ImplMethod,
        a: IntValue<'ctx>,
        b: IntValue<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let (x, y, negate) = match op {
            CompareOp::Lt => (a, b, false),
            CompareOp::Gt => (b, a, false),
            CompareOp::LtEq => (b, a, true),
            CompareOp::GtEq => (a, b, true),
        };
        let r = self.call_known(lt.fun, lt.inst, &[x, y])?;
        let flag = self.truthy(r)?;
        Ok(if negate {
            self.b.build_not(flag, "")?
        } else {
            flag
        })
    }

    /// Whether a three-way result (-1, 0, 1, or 2 for unordered) satisfies `op`.
    fn order_satisfies(&self, op: CompareOp, order: IntValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(match op {
            CompareOp::Lt => self
                .b
                .build_int_compare(IntPredicate::EQ, order, self.int(-1), "")?,
            CompareOp::Gt => self
                .b
                .build_int_compare(IntPredicate::EQ, order, self.int(1), "")?,
            CompareOp::LtEq => {
                let shifted = self.b.build_int_add(order, self.int(1), "")?;
                self.b
                    .build_int_compare(IntPredicate::ULT, shifted, self.int(2), "")?
            }
            CompareOp::GtEq => {
                self.b
                    .build_int_compare(IntPredicate::ULT, order, self.int(2), "")?
            }
        })
    }

    /// `<>` / `++` on strings or lists.
    pub(super) fn concat(
        &mut self,
        ty: &Ty,
        lhs: &'ctx Expr,
        rhs: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        // `[x] ++ xs` prepends in place when `xs` owns the front of its store (amortised O(1)),
        // which makes the common accumulate-by-prepending loop linear. Evaluation order stays
        // `x` then `xs`.
        if let (ExprKind::List(items), Ty::Con(TyCon::List, _)) = (&lhs.kind, self.ty(ty)) {
            if let [item] = items.as_slice() {
                let x = self.expr(item)?;
                let xs = self.expr(rhs)?;
                return self.rt(RuntimeFn::ListPrepend, &[x, xs]);
            }
        }
        let a = self.expr(lhs)?;
        let b = self.expr(rhs)?;
        match self.ty(ty) {
            Ty::Con(TyCon::String, _) => self.rt(RuntimeFn::StringConcat, &[a, b]),
            Ty::Con(TyCon::List, _) => self.rt(RuntimeFn::ListConcat, &[a, b]),
            Ty::Never => Ok(self.cg.word().get_poison()),
            other => Err(CodegenError::internal(format!(
                "concatenation of `{other}`"
            ))),
        }
    }
}

/// The operator trait and method of an arithmetic operator (§5.12).
pub(crate) fn arith_trait(op: ArithOp) -> (&'static str, &'static str) {
    match op {
        ArithOp::Add => ("Add", "add"),
        ArithOp::Sub => ("Sub", "sub"),
        ArithOp::Mul => ("Mul", "mul"),
        ArithOp::Div => ("Div", "div"),
        ArithOp::Rem => ("Mod", "mod"),
    }
}

/// The signed-int, unsigned-int and IEEE predicates of a comparison operator.
fn predicates(op: CompareOp) -> (IntPredicate, IntPredicate, FloatPredicate) {
    match op {
        CompareOp::Lt => (IntPredicate::SLT, IntPredicate::ULT, FloatPredicate::OLT),
        CompareOp::Gt => (IntPredicate::SGT, IntPredicate::UGT, FloatPredicate::OGT),
        CompareOp::LtEq => (IntPredicate::SLE, IntPredicate::ULE, FloatPredicate::OLE),
        CompareOp::GtEq => (IntPredicate::SGE, IntPredicate::UGE, FloatPredicate::OGE),
    }
}
