//! Control flow: blocks, `if`, loops, comprehensions, `break`/`continue`/`return` and
//! short-circuit logic. `case` is in `matching`.

use inkwell::basic_block::BasicBlock;
use inkwell::values::{IntValue, PointerValue};
use inkwell::IntPredicate;
use mesh_typeck::tir::{Expr, ForSource, LogicOp, Pattern, PatternKind, Stmt};

use super::{Loop, Lower};
use crate::error::{CodegenError, Result};
use crate::runtime::RuntimeFn;

/// What a `for` iterates over, once evaluated.
enum Source<'ctx> {
    /// `[start, end)`; the element is the index itself.
    Range { end: IntValue<'ctx> },
    List {
        list: IntValue<'ctx>,
        len: IntValue<'ctx>,
    },
    /// A runtime iterator over a map or set (`mesh_rt_map_iter_*`, `mesh_rt_set_iter_*`), in
    /// insertion order; the index slot is unused.
    Iter { iter: IntValue<'ctx>, binds: Binds },
}

/// What each step of a map or set iterator binds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Binds {
    MapKey,
    /// `(key, value)`.
    MapEntry,
    SetElement,
    /// The next element of an `Iter<T>` (`mesh_rt_iter_pull`), written to the index slot.
    Pulled,
}

impl<'ctx> Lower<'_, 'ctx> {
    /// The value of the last statement (a trailing `let` yields its value; empty → unit).
    pub(super) fn block_expr(&mut self, stmts: &'ctx [Stmt], tail: bool) -> Result<IntValue<'ctx>> {
        let mut value = self.unit();
        for (i, stmt) in stmts.iter().enumerate() {
            let last = i + 1 == stmts.len();
            value = match stmt {
                Stmt::Let { pattern, value } => {
                    let v = self.expr(value)?;
                    self.bind_irrefutable(pattern, v)?;
                    v
                }
                Stmt::Expr(e) => self.expr_at(e, tail && last)?,
            };
        }
        Ok(value)
    }

    /// A φ of the values reaching the current block (poison when nothing reaches it).
    pub(super) fn merge(
        &self,
        incoming: &[(IntValue<'ctx>, BasicBlock<'ctx>)],
    ) -> Result<IntValue<'ctx>> {
        if incoming.is_empty() {
            return Ok(self.cg.word().get_poison());
        }
        let phi = self.b.build_phi(self.cg.word(), "")?;
        for (value, block) in incoming {
            phi.add_incoming(&[(value, *block)]);
        }
        Ok(phi.as_basic_value().into_int_value())
    }

    /// Ends the current block with a jump to `target`, recording the value it carries.
    pub(super) fn flow_into(
        &self,
        value: IntValue<'ctx>,
        target: BasicBlock<'ctx>,
        incoming: &mut Vec<(IntValue<'ctx>, BasicBlock<'ctx>)>,
    ) -> Result<()> {
        incoming.push((value, self.current_block()?));
        self.b.build_unconditional_branch(target)?;
        Ok(())
    }

    pub(super) fn if_expr(
        &mut self,
        cond: &'ctx Expr,
        then_branch: &'ctx Expr,
        else_branch: Option<&'ctx Expr>,
        tail: bool,
    ) -> Result<IntValue<'ctx>> {
        let c = self.expr(cond)?;
        let c = self.truthy(c)?;
        let (then_bb, else_bb, end) = (self.block("then"), self.block("else"), self.block("endif"));
        self.b.build_conditional_branch(c, then_bb, else_bb)?;
        let mut incoming = Vec::new();
        self.b.position_at_end(then_bb);
        let v = self.expr_at(then_branch, tail)?;
        self.flow_into(v, end, &mut incoming)?;
        self.b.position_at_end(else_bb);
        let v = match else_branch {
            Some(e) => self.expr_at(e, tail)?,
            None => self.unit(),
        };
        self.flow_into(v, end, &mut incoming)?;
        self.b.position_at_end(end);
        if else_branch.is_none() {
            return Ok(self.unit());
        }
        self.merge(&incoming)
    }

    /// `&&`/`||`: the right operand runs only when the left does not decide the result.
    pub(super) fn logic(
        &mut self,
        op: LogicOp,
        lhs: &'ctx Expr,
        rhs: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let l = self.expr(lhs)?;
        let l = self.truthy(l)?;
        let (rhs_bb, end) = (self.block("logic_rhs"), self.block("logic_end"));
        let decided = match op {
            LogicOp::And => {
                self.b.build_conditional_branch(l, rhs_bb, end)?;
                self.int(0)
            }
            LogicOp::Or => {
                self.b.build_conditional_branch(l, end, rhs_bb)?;
                self.int(1)
            }
        };
        let mut incoming = vec![(decided, self.current_block()?)];
        self.b.position_at_end(rhs_bb);
        let r = self.expr(rhs)?;
        self.flow_into(r, end, &mut incoming)?;
        self.b.position_at_end(end);
        self.merge(&incoming)
    }

    pub(super) fn while_expr(
        &mut self,
        cond: &'ctx Expr,
        body: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let (header, body_bb, end) = (
            self.block("while"),
            self.block("while_body"),
            self.block("endwhile"),
        );
        self.b.build_unconditional_branch(header)?;
        self.b.position_at_end(header);
        self.preemption_point()?;
        let c = self.expr(cond)?;
        let c = self.truthy(c)?;
        self.b.build_conditional_branch(c, body_bb, end)?;
        self.b.position_at_end(body_bb);
        self.loops.push(Loop {
            break_to: end,
            continue_to: header,
        });
        let result = self.expr(body);
        self.loops.pop();
        result?;
        self.b.build_unconditional_branch(header)?;
        self.b.position_at_end(end);
        Ok(self.unit())
    }

    /// A comprehension: the body values of the elements that match the filter, collected with
    /// the runtime's list builder. `break` jumps to the end (keeping what was collected),
    /// `continue` to the next element.
    pub(super) fn for_expr(
        &mut self,
        pattern: &'ctx Pattern,
        source: &'ctx ForSource,
        filter: Option<&'ctx Expr>,
        body: &'ctx Expr,
    ) -> Result<IntValue<'ctx>> {
        let index = self.entry_alloca(self.cg.word(), "index")?;
        let source = self.for_source(source, index)?;
        let builder = self.rt(RuntimeFn::ListBuilderNew, &[])?;
        let (header, body_bb, next, end) = (
            self.block("for"),
            self.block("for_body"),
            self.block("for_next"),
            self.block("endfor"),
        );
        self.b.build_unconditional_branch(header)?;

        self.b.position_at_end(header);
        self.preemption_point()?;
        let more = match &source {
            Source::Range { end: bound } | Source::List { len: bound, .. } => {
                let i = self.load_index(index)?;
                self.b.build_int_compare(IntPredicate::SLT, i, *bound, "")?
            }
            Source::Iter {
                iter,
                binds: Binds::Pulled,
            } => {
                let args = [(*iter).into(), index.into()];
                let pulled = self.rt_with(RuntimeFn::IterPull, &args)?;
                self.truthy(pulled)?
            }
            Source::Iter { iter, binds } => {
                let next = match binds {
                    Binds::SetElement => RuntimeFn::SetIterNext,
                    _ => RuntimeFn::MapIterNext,
                };
                let on_entry = self.rt(next, &[*iter])?;
                self.truthy(on_entry)?
            }
        };
        self.b.build_conditional_branch(more, body_bb, end)?;

        self.b.position_at_end(body_bb);
        match &source {
            Source::Range { .. } => {
                let i = self.load_index(index)?;
                self.bind_irrefutable(pattern, i)?;
            }
            Source::List { list, .. } => {
                let i = self.load_index(index)?;
                let element = self.rt(RuntimeFn::ListGetUnchecked, &[*list, i])?;
                self.bind_irrefutable(pattern, element)?;
            }
            Source::Iter {
                binds: Binds::Pulled,
                ..
            } => {
                let element = self.load_index(index)?;
                self.bind_irrefutable(pattern, element)?;
            }
            Source::Iter { iter, binds } => self.bind_iter_element(pattern, *iter, *binds)?,
        }
        self.for_body(
            filter,
            body,
            builder,
            Loop {
                break_to: end,
                continue_to: next,
            },
        )?;

        self.b.position_at_end(next);
        if !matches!(source, Source::Iter { .. }) {
            let i = self.load_index(index)?;
            let i = self.b.build_int_add(i, self.int(1), "")?;
            self.b.build_store(index, i)?;
        }
        self.b.build_unconditional_branch(header)?;

        self.b.position_at_end(end);
        if let Source::Iter {
            iter,
            binds: Binds::Pulled,
        } = source
        {
            // A loop left by `break` consumes the iterator too (STDLIB.md §5.11).
            self.rt(RuntimeFn::IterClose, &[iter])?;
        }
        self.rt(RuntimeFn::ListBuilderFinish, &[builder])
    }

    /// Binds `pattern` to the iterator's current key, entry or element. An entry matched by a
    /// pair pattern (`{k, v}`, `(k, v)`) binds its parts directly, without allocating the tuple;
    /// any other pattern gets a two-word `(key, value)` tuple.
    fn bind_iter_element(
        &mut self,
        pattern: &'ctx Pattern,
        iter: IntValue<'ctx>,
        binds: Binds,
    ) -> Result<()> {
        match binds {
            Binds::Pulled => Err(CodegenError::internal(
                "pulled elements are in the index slot",
            )),
            Binds::SetElement => {
                let element = self.rt(RuntimeFn::SetIterElement, &[iter])?;
                self.bind_irrefutable(pattern, element)
            }
            Binds::MapKey => {
                let key = self.rt(RuntimeFn::MapIterKey, &[iter])?;
                self.bind_irrefutable(pattern, key)
            }
            Binds::MapEntry => {
                let key = self.rt(RuntimeFn::MapIterKey, &[iter])?;
                let value = self.rt(RuntimeFn::MapIterValue, &[iter])?;
                match &pattern.kind {
                    PatternKind::Tuple(parts) if parts.len() == 2 => {
                        self.bind_irrefutable(&parts[0], key)?;
                        self.bind_irrefutable(&parts[1], value)
                    }
                    _ => {
                        let entry = self.alloc_object(&[key, value])?;
                        self.bind_irrefutable(pattern, entry)
                    }
                }
            }
        }
    }

    fn load_index(&self, index: PointerValue<'ctx>) -> Result<IntValue<'ctx>> {
        Ok(self
            .b
            .build_load(self.cg.word(), index, "i")?
            .into_int_value())
    }

    /// The filter (skipping to `next` when false), then the body, whose value is collected.
    fn for_body(
        &mut self,
        filter: Option<&'ctx Expr>,
        body: &'ctx Expr,
        builder: IntValue<'ctx>,
        exits: Loop<'ctx>,
    ) -> Result<()> {
        if let Some(filter) = filter {
            let f = self.expr(filter)?;
            let ok = self.truthy(f)?;
            self.guard(ok, exits.continue_to)?;
        }
        self.loops.push(exits);
        let value = self.expr(body);
        self.loops.pop();
        self.rt(RuntimeFn::ListBuilderPush, &[builder, value?])?;
        self.b.build_unconditional_branch(exits.continue_to)?;
        Ok(())
    }

    /// Evaluates the source of a `for` once and initialises the index slot (or makes the
    /// iterator of a map or set).
    fn for_source(
        &mut self,
        source: &'ctx ForSource,
        index: PointerValue<'ctx>,
    ) -> Result<Source<'ctx>> {
        match source {
            ForSource::Range { start, end } => {
                let start = self.expr(start)?;
                let end = self.expr(end)?;
                self.b.build_store(index, start)?;
                Ok(Source::Range { end })
            }
            ForSource::Map { map, entries } => {
                let map = self.expr(map)?;
                let iter = self.rt(RuntimeFn::MapIterNew, &[map])?;
                let binds = if *entries {
                    Binds::MapEntry
                } else {
                    Binds::MapKey
                };
                Ok(Source::Iter { iter, binds })
            }
            ForSource::Set(set) => {
                let set = self.expr(set)?;
                let iter = self.rt(RuntimeFn::SetIterNew, &[set])?;
                Ok(Source::Iter {
                    iter,
                    binds: Binds::SetElement,
                })
            }
            ForSource::Iter(iter) => {
                let iter = self.expr(iter)?;
                Ok(Source::Iter {
                    iter,
                    binds: Binds::Pulled,
                })
            }
            ForSource::List(list) => {
                let list = self.expr(list)?;
                let len = self.rt(RuntimeFn::ListLength, &[list])?;
                self.b.build_store(index, self.int(0))?;
                Ok(Source::List { list, len })
            }
        }
    }

    pub(super) fn jump_loop(&mut self, is_break: bool) -> Result<IntValue<'ctx>> {
        let word = if is_break { "break" } else { "continue" };
        let target = self
            .loops
            .last()
            .ok_or_else(|| CodegenError::internal(format!("`{word}` outside a loop")))?;
        let block = if is_break {
            target.break_to
        } else {
            target.continue_to
        };
        self.b.build_unconditional_branch(block)?;
        Ok(self.dead())
    }

    pub(super) fn return_expr(&mut self, value: &'ctx Expr) -> Result<IntValue<'ctx>> {
        let v = self.expr_at(value, true)?;
        self.b.build_return(Some(&v))?;
        Ok(self.dead())
    }
}
