//! `case` and clause groups: emitting the decision tree of a match ([`crate::decision`]).
//!
//! The scrutinees are evaluated once, left to right. Every arm body is emitted once, in a block
//! of its own; the leaves of the tree store the arm's bindings into the variables' slots and
//! jump there, so the alternatives of an or-pattern — separate leaves, with the variables at
//! different places — share the body. The values the tree examines are computed on first use
//! on each path (a field load, a list element, a list length, a list suffix) and reused below
//! that point, which they dominate; nothing is computed for a value that no test or binding on
//! the path needs. A guard is lowered at each leaf that evaluates it, after storing the
//! variables it reads; the arm's other variables are stored only once it holds, so a failing
//! guard does not pay for building, say, the tail of a list.
//!
//! A scrutinee written as a tuple literal (`case (a, b) do …`) is not allocated: its elements
//! are the values of its fields, and the tuple itself is only built on a path that binds it
//! whole.
//!
//! A tree too large to build (see [`crate::decision::NODE_LIMIT`]) is replaced by testing the
//! arms in sequence with [`Lower::pattern`], the scheme of `let` patterns.

use std::collections::HashSet;

use inkwell::basic_block::BasicBlock;
use inkwell::values::IntValue;
use inkwell::{FloatPredicate, IntPredicate};
use mesh_typeck::tir::{Arm, Expr, ExprKind, LocalId, MatchFail};

use super::Lower;
use crate::decision::{self, Access, Binding, Case, Decision, Occurrence, Occurrences, TestKind};
use crate::error::{CodegenError, Result};
use crate::layout;
use crate::runtime::RuntimeFn;

/// A scrutinee once evaluated.
enum Scrutinee<'ctx> {
    Value(IntValue<'ctx>),
    /// A tuple literal, not allocated yet: its elements.
    Tuple(Vec<IntValue<'ctx>>),
}

/// The state of emitting one tree: what it examines and the blocks its leaves share (created
/// on first use).
struct Emit<'ctx, 'm> {
    occurrences: &'m Occurrences,
    scrutinees: &'m [Scrutinee<'ctx>],
    arms: &'ctx [Arm],
    on_fail: &'m MatchFail,
    bodies: Vec<Option<BasicBlock<'ctx>>>,
    fail: Option<BasicBlock<'ctx>>,
    unreachable: Option<BasicBlock<'ctx>>,
}

/// The values of the occurrences computed on the current path, by occurrence.
type Known<'ctx> = Vec<Option<IntValue<'ctx>>>;

impl<'ctx> Lower<'_, 'ctx> {
    pub(super) fn match_expr(
        &mut self,
        scrutinees: &'ctx [Expr],
        arms: &'ctx [Arm],
        on_fail: &MatchFail,
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        let mut values = Vec::with_capacity(scrutinees.len());
        for scrutinee in scrutinees {
            values.push(match &scrutinee.kind {
                ExprKind::Tuple(items) => Scrutinee::Tuple(self.exprs(items)?),
                _ => Scrutinee::Value(self.expr(scrutinee)?),
            });
        }
        if arms.iter().any(|arm| arm.patterns.len() != values.len()) {
            return Err(CodegenError::internal(
                "a match arm has the wrong number of patterns",
            ));
        }
        let program = self.cg.program;
        let Some(tree) = decision::build(program, arms, values.len(), decision::NODE_LIMIT)? else {
            return self.match_sequential(&values, arms, on_fail, tail);
        };
        let mut emit = Emit {
            occurrences: &tree.occurrences,
            scrutinees: &values,
            arms,
            on_fail,
            bodies: vec![None; arms.len()],
            fail: None,
            unreachable: None,
        };
        let mut known = initially_known(&emit);
        self.decision(&tree.root, &mut emit, &mut known)?;
        self.arm_bodies(&emit, tail)
    }

    /// Lowers the body of every arm some leaf jumps to; the value of the match.
    fn arm_bodies(&mut self, emit: &Emit<'ctx, '_>, tail: bool) -> Result<IntValue<'ctx>> {
        let end = self.block("endmatch");
        let mut incoming = Vec::new();
        for (arm, body) in emit.arms.iter().zip(&emit.bodies) {
            if let Some(block) = body {
                self.b.position_at_end(*block);
                let v = self.expr_at(&arm.body, tail)?;
                self.flow_into(v, end, &mut incoming)?;
            }
        }
        self.b.position_at_end(end);
        self.merge(&incoming)
    }

    /// Emits `d` at the current position; `known` holds the values computed on the way here.
    fn decision(
        &mut self,
        d: &Decision,
        emit: &mut Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        match d {
            Decision::Fail => {
                let fail = self.fail_block(emit)?;
                self.b.build_unconditional_branch(fail)?;
                Ok(())
            }
            Decision::Match {
                arm,
                bindings,
                on_false,
            } => self.matched(*arm, bindings, on_false.as_deref(), emit, known),
            Decision::Switch {
                occurrence,
                kind,
                cases,
                fallback,
            } => self.switch(*occurrence, *kind, cases, fallback.as_deref(), emit, known),
        }
    }

    /// The patterns of `arm` matched: binds its variables and jumps to its body — if it has a
    /// guard, only when the guard holds, continuing with `on_false` otherwise.
    fn matched(
        &mut self,
        arm: usize,
        bindings: &[Binding],
        on_false: Option<&Decision>,
        emit: &mut Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        let body = self.body_block(emit, arm);
        let arms = emit.arms;
        let (Some(rest), Some(guard)) = (on_false, &arms[arm].guard) else {
            self.bind(bindings, emit, known)?;
            self.b.build_unconditional_branch(body)?;
            return Ok(());
        };
        // The guard sees the variables it uses; the others are only bound (and a list suffix or
        // a tuple only built) once it holds.
        let used = locals_read(guard);
        let (before, after): (Vec<_>, Vec<_>) =
            bindings.iter().partition(|(local, _)| used.contains(local));
        self.bind(&before, emit, known)?;
        let g = self.expr(guard)?;
        let ok = self.truthy(g)?;
        let failed = self.block("guard_failed");
        if after.is_empty() {
            self.b.build_conditional_branch(ok, body, failed)?;
        } else {
            let passed = self.block("guard_passed");
            self.b.build_conditional_branch(ok, passed, failed)?;
            self.b.position_at_end(passed);
            self.bind(&after, emit, &mut known.clone())?;
            self.b.build_unconditional_branch(body)?;
        }
        self.b.position_at_end(failed);
        self.decision(rest, emit, known)
    }

    /// Stores the values of `bindings` into the variables' slots.
    fn bind(
        &mut self,
        bindings: &[Binding],
        emit: &Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        for (local, occurrence) in bindings {
            let value = self.occurrence(*occurrence, emit, known)?;
            self.store_local(*local, value)?;
        }
        Ok(())
    }

    /// Tests `occurrence` and emits each outcome's subtree in its own block.
    fn switch(
        &mut self,
        occurrence: Occurrence,
        kind: TestKind,
        cases: &[(Case, Decision)],
        fallback: Option<&Decision>,
        emit: &mut Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        if let ([(_, only)], None) = (cases, fallback) {
            // A type with a single variant: nothing to test.
            return self.decision(only, emit, known);
        }
        let subtrees: Vec<&Decision> = cases.iter().map(|(_, d)| d).chain(fallback).collect();
        let mut targets = Vec::with_capacity(subtrees.len());
        for sub in &subtrees {
            targets.push(self.target(sub, emit)?);
        }
        let blocks: Vec<BasicBlock> = targets.iter().map(|(block, _)| *block).collect();
        match kind {
            TestKind::List => self.list_test(occurrence, &blocks, emit, known)?,
            _ => self.value_test(occurrence, kind, cases, &blocks, emit, known)?,
        }
        for ((block, fresh), sub) in targets.into_iter().zip(subtrees) {
            if fresh {
                self.b.position_at_end(block);
                self.decision(sub, emit, &mut known.clone())?;
            }
        }
        Ok(())
    }

    /// Where a test branches to for the outcome `d`: straight to an arm's body or to the
    /// failure, when `d` has nothing to do on the way; else a new block, flagged `true`, where
    /// `d` is to be emitted.
    fn target(
        &mut self,
        d: &Decision,
        emit: &mut Emit<'ctx, '_>,
    ) -> Result<(BasicBlock<'ctx>, bool)> {
        Ok(match d {
            Decision::Match {
                arm,
                bindings,
                on_false: None,
            } if bindings.is_empty() => (self.body_block(emit, *arm), false),
            Decision::Fail => (self.fail_block(emit)?, false),
            _ => (self.block("case"), true),
        })
    }

    /// Tests a tag, Bool, Int, Float, String or Atom: branches to `blocks[i]` for `cases[i]`,
    /// else to the block after them (the fallback), if any.
    fn value_test(
        &mut self,
        occurrence: Occurrence,
        kind: TestKind,
        cases: &[(Case, Decision)],
        blocks: &[BasicBlock<'ctx>],
        emit: &mut Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        let otherwise = match blocks.get(cases.len()) {
            Some(fallback) => *fallback,
            None => self.unreachable_block(emit)?,
        };
        let value = self.occurrence(occurrence, emit, known)?;
        match kind {
            TestKind::Tag | TestKind::Bool | TestKind::Int => {
                let word = match kind {
                    TestKind::Tag => self.load_field(value, layout::VARIANT_TAG)?,
                    _ => value,
                };
                let targets: Vec<(IntValue, BasicBlock)> = cases
                    .iter()
                    .zip(blocks)
                    .map(|((case, _), block)| (self.int(case_word(case)), *block))
                    .collect();
                self.b.build_switch(word, otherwise, &targets)?;
            }
            // Float, String and Atom literals (lists are tested by `list_test`).
            _ => {
                for ((case, _), block) in cases.iter().zip(blocks) {
                    let equal = self.literal_eq(value, case)?;
                    let next = self.block("next_literal");
                    self.b.build_conditional_branch(equal, *block, next)?;
                    self.b.position_at_end(next);
                }
                self.b.build_unconditional_branch(otherwise)?;
            }
        }
        Ok(())
    }

    /// Whether the list view `occurrence` = `(base, n)` is non-empty (`length(base) > n`):
    /// branches to `blocks[0]` if so, else to `blocks[1]`. The view itself (a suffix of `base`)
    /// is not built.
    fn list_test(
        &mut self,
        occurrence: Occurrence,
        blocks: &[BasicBlock<'ctx>],
        emit: &mut Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<()> {
        let [non_empty, empty] = blocks else {
            return Err(CodegenError::internal("a malformed list test"));
        };
        let (base, n) = emit.occurrences.list_view(occurrence);
        let len_at = emit
            .occurrences
            .find(Access::Len(base))
            .ok_or_else(|| CodegenError::internal("a list test without a length"))?;
        let len = self.occurrence(len_at, emit, known)?;
        let n = self.int(i64::from(n));
        let more = self.b.build_int_compare(IntPredicate::SGT, len, n, "")?;
        self.b.build_conditional_branch(more, *non_empty, *empty)?;
        Ok(())
    }

    /// `value == literal` as an `i1` (Float by IEEE `==`, strings and atoms by content).
    fn literal_eq(&mut self, value: IntValue<'ctx>, case: &Case) -> Result<IntValue<'ctx>> {
        match case {
            Case::Float(x) => {
                let lit = self.cg.ctx.f64_type().const_float(*x);
                let v = self.to_float(value)?;
                Ok(self
                    .b
                    .build_float_compare(FloatPredicate::OEQ, v, lit, "")?)
            }
            Case::Str(text) => {
                let lit = self.str_lit(text)?;
                let eq = self.rt(RuntimeFn::StringEq, &[value, lit])?;
                self.truthy(eq)
            }
            _ => Err(CodegenError::internal("a literal test of a non-literal")),
        }
    }

    /// The value of `occurrence` on the current path, computed here if it was not yet.
    fn occurrence(
        &mut self,
        occurrence: Occurrence,
        emit: &Emit<'ctx, '_>,
        known: &mut Known<'ctx>,
    ) -> Result<IntValue<'ctx>> {
        let index = occurrence.0 as usize;
        if let Some(value) = known[index] {
            return Ok(value);
        }
        let value = match emit.occurrences.access(occurrence) {
            Access::Scrutinee(i) => match &emit.scrutinees[i] {
                Scrutinee::Value(value) => *value,
                Scrutinee::Tuple(items) => self.alloc_object(items)?,
            },
            Access::Field(object, word) => {
                let object = self.occurrence(object, emit, known)?;
                self.load_field(object, word)?
            }
            Access::Elem(list, i) => {
                let list = self.occurrence(list, emit, known)?;
                self.rt(RuntimeFn::ListGetUnchecked, &[list, self.int(i64::from(i))])?
            }
            Access::Drop(list, n) => {
                let list = self.occurrence(list, emit, known)?;
                self.rt(RuntimeFn::ListDrop, &[list, self.int(i64::from(n))])?
            }
            Access::Len(list) => {
                let list = self.occurrence(list, emit, known)?;
                self.rt(RuntimeFn::ListLength, &[list])?
            }
        };
        known[index] = Some(value);
        Ok(value)
    }

    fn body_block(&self, emit: &mut Emit<'ctx, '_>, arm: usize) -> BasicBlock<'ctx> {
        *emit.bodies[arm].get_or_insert_with(|| self.block("arm"))
    }

    /// The block reached when no arm matches: a panic, or `unreachable` after a match the
    /// checker proved exhaustive.
    fn fail_block(&mut self, emit: &mut Emit<'ctx, '_>) -> Result<BasicBlock<'ctx>> {
        if let Some(block) = emit.fail {
            return Ok(block);
        }
        let here = self.current_block()?;
        let block = self.block("no_match");
        self.b.position_at_end(block);
        self.match_failed(emit.on_fail)?;
        self.b.position_at_end(here);
        emit.fail = Some(block);
        Ok(block)
    }

    fn match_failed(&mut self, on_fail: &MatchFail) -> Result<()> {
        match on_fail {
            MatchFail::Panic(message) => self.panic(message),
            MatchFail::Unreachable => {
                self.b.build_unreachable()?;
                Ok(())
            }
        }
    }

    /// The default of a switch whose cases cover every value.
    fn unreachable_block(&mut self, emit: &mut Emit<'ctx, '_>) -> Result<BasicBlock<'ctx>> {
        if let Some(block) = emit.unreachable {
            return Ok(block);
        }
        let here = self.current_block()?;
        let block = self.block("impossible");
        self.b.position_at_end(block);
        self.b.build_unreachable()?;
        self.b.position_at_end(here);
        emit.unreachable = Some(block);
        Ok(block)
    }

    /// The fallback for trees too large to build: each arm in turn tests its patterns left to
    /// right (binding as it goes), then its guard, and falls through to the next arm on failure.
    fn match_sequential(
        &mut self,
        scrutinees: &[Scrutinee<'ctx>],
        arms: &'ctx [Arm],
        on_fail: &MatchFail,
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        let mut values = Vec::with_capacity(scrutinees.len());
        for scrutinee in scrutinees {
            values.push(match scrutinee {
                Scrutinee::Value(value) => *value,
                Scrutinee::Tuple(items) => self.alloc_object(items)?,
            });
        }
        let end = self.block("endmatch");
        let mut incoming = Vec::new();
        for arm in arms {
            let next = self.block("next_arm");
            for (pattern, value) in arm.patterns.iter().zip(&values) {
                self.pattern(pattern, *value, next)?;
            }
            if let Some(guard) = &arm.guard {
                let g = self.expr(guard)?;
                let ok = self.truthy(g)?;
                self.guard(ok, next)?;
            }
            let v = self.expr_at(&arm.body, tail)?;
            self.flow_into(v, end, &mut incoming)?;
            self.b.position_at_end(next);
        }
        self.match_failed(on_fail)?;
        self.b.position_at_end(end);
        self.merge(&incoming)
    }
}

/// The scrutinees' values, and the elements of tuple literals as the values of their fields.
fn initially_known<'ctx>(emit: &Emit<'ctx, '_>) -> Known<'ctx> {
    let mut known = vec![None; emit.occurrences.len()];
    for (i, scrutinee) in emit.scrutinees.iter().enumerate() {
        let at = |access| emit.occurrences.find(access).map(|o| o.0 as usize);
        match scrutinee {
            Scrutinee::Value(value) => {
                if let Some(index) = at(Access::Scrutinee(i)) {
                    known[index] = Some(*value);
                }
            }
            Scrutinee::Tuple(items) => {
                for (k, item) in items.iter().enumerate() {
                    if let Some(index) = at(Access::Field(decision::scrutinee(i), k as u32)) {
                        known[index] = Some(*item);
                    }
                }
            }
        }
    }
    known
}

/// The locals an expression reads (directly or by capturing them in a closure).
fn locals_read(expr: &Expr) -> HashSet<LocalId> {
    let mut used = HashSet::new();
    let mut todo = vec![expr];
    while let Some(e) = todo.pop() {
        match &e.kind {
            ExprKind::Local(local) => {
                used.insert(*local);
            }
            ExprKind::Closure { captures, .. } => used.extend(captures.iter().copied()),
            _ => {}
        }
        todo.extend(e.children());
    }
    used
}

/// The word a tag, Bool or Int case compares equal to.
fn case_word(case: &Case) -> i64 {
    match case {
        Case::Tag(tag) => i64::from(*tag),
        Case::Bool(b) => i64::from(*b),
        Case::Int(n) => *n,
        _ => 0,
    }
}
