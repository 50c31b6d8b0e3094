//! Compiling `case` (and clause groups) to decision trees (§6.2, §6.7).
//!
//! A match is a matrix: one row per arm, one column per scrutinee. The tree is built by the
//! classic scheme of Maranget's "Compiling pattern matching to good decision trees" (ML 2008),
//! in the simple form Gleam and rustc use: take the first column of the first row, *switch* on
//! the constructor of the value it tests, and in each branch continue with the rows that are
//! still possible — a row with the same constructor, its sub-patterns now columns of their own;
//! a row that does not test that value at all (a variable, `_`) — in their original order. A
//! branch whose first row tests nothing has matched that row.
//!
//! * **Values** are named by [`Occurrence`]s, access paths from a scrutinee (`field 1 of
//!   scrutinee 0`), interned so that equal paths are equal ids: code generation computes each
//!   one at most once on a path through the tree and a value is tested at most once on a path,
//!   since specialising on it removes it from every remaining row. Lists are viewed as a base
//!   list and a number of elements dropped from its front, so `[a, b | rest]` reads elements 0
//!   and 1 of the list, compares its length once per path and builds only `rest`.
//! * **Tests** are a switch on a variant tag or a Bool, the emptiness of a list, and for Int,
//!   Float, String and Atom literals an equality test per distinct literal (`==`: `0.0` and
//!   `-0.0` are one case, a NaN matches nothing) with the rows without a literal as fallback.
//!   A switch on a type with a single variant tests nothing.
//! * **Or-patterns** are expanded into one row per alternative (in order, so the leftmost
//!   matching alternative binds the variables, as §4.2 tries them "left to right"); all rows of
//!   one arm lead to the same body.
//! * **Guards.** Reaching a row with nothing left to test means its patterns matched: the
//!   bindings are stored (at least those the guard reads), then the guard is evaluated; if it is
//!   false the tree continues with the rows after it that belong to *later arms* (another
//!   alternative of the same or-pattern is not retried: the arm has failed), which is exactly
//!   "try the next arm".
//!
//! Because tests have no effects, their order is free; everything observable — which arm runs,
//! with which bindings, which guards are evaluated and in which order — is that of trying the
//! arms one after the other. The price of a tree is duplication: a row that does not test a value
//! is copied into every branch on it, so a guard can be emitted more than once (bodies are
//! emitted once; leaves jump to them). Trees can grow exponentially in contrived cases, so
//! building stops at [`NODE_LIMIT`] nodes (or expanded rows) and the caller falls back to
//! testing the arms in sequence. Backtracking automata avoid the duplication but test values
//! more than once; the sequential scheme tests the same tag or length again in every arm.
//! Exhaustiveness is the checker's business: a `Fail` leaf is only reached when no arm matches
//! (`MatchFail`).

use std::collections::HashMap;
use std::fmt;

use mesh_typeck::tir::{AdtKind, Arm, LocalId, Pattern, PatternKind, Program};
use mesh_typeck::ty::{Ty, TyCon};

use crate::error::{CodegenError, Result};
use crate::layout;

/// Trees larger than this are not built (see the module comment).
pub(crate) const NODE_LIMIT: usize = 10_000;

/// A value examined by a match, by its id in [`Occurrences`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Occurrence(pub u32);

/// Scrutinee `i` (interned first, so its id is `i`).
pub(crate) fn scrutinee(i: usize) -> Occurrence {
    Occurrence(i as u32)
}

/// How an occurrence is computed from others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Access {
    /// Scrutinee `i` of the match.
    Scrutinee(usize),
    /// Word `index` of the heap object (tuple, struct, variant) at the occurrence.
    Field(Occurrence, u32),
    /// Element `index` of the list at the occurrence.
    Elem(Occurrence, u32),
    /// The list at the occurrence without its first `n ≥ 1` elements.
    Drop(Occurrence, u32),
    /// The length of the list at the occurrence.
    Len(Occurrence),
}

/// The interned access paths of one match.
#[derive(Debug, Default)]
pub(crate) struct Occurrences {
    accesses: Vec<Access>,
    ids: HashMap<Access, Occurrence>,
}

impl Occurrences {
    pub fn intern(&mut self, access: Access) -> Occurrence {
        if let Some(id) = self.ids.get(&access) {
            return *id;
        }
        let id = Occurrence(self.accesses.len() as u32);
        self.accesses.push(access);
        self.ids.insert(access, id);
        id
    }

    /// The id of `access`, if it was interned.
    pub fn find(&self, access: Access) -> Option<Occurrence> {
        self.ids.get(&access).copied()
    }

    pub fn access(&self, id: Occurrence) -> Access {
        self.accesses[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.accesses.len()
    }

    /// A list occurrence as `(base list, elements dropped from its front)`.
    pub fn list_view(&self, list: Occurrence) -> (Occurrence, u32) {
        match self.access(list) {
            Access::Drop(base, n) => (base, n),
            _ => (list, 0),
        }
    }
}

/// What a switch compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TestKind {
    /// The tag word of a variant.
    Tag,
    /// A Bool word.
    Bool,
    /// An Int word, against literals.
    Int,
    /// A Float, against literals with `==`.
    Float,
    /// A String or Atom, against literals by content.
    Str,
    /// Whether a list (a view `(base, n)`) has more than `n` elements.
    List,
}

/// One outcome of a test.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Case {
    Tag(u32),
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    NonEmpty,
    Empty,
}

/// A variable of an arm and the value it is bound to.
pub(crate) type Binding = (LocalId, Occurrence);

#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Decision {
    /// No arm matches.
    Fail,
    /// The patterns of `arm` matched: store `bindings`, then run the body — if the arm has a
    /// guard, only when it holds, continuing with `on_false` otherwise.
    Match {
        arm: usize,
        bindings: Vec<Binding>,
        on_false: Option<Box<Decision>>,
    },
    /// Tests `occurrence` and continues with the first case that holds, else with `fallback`
    /// (`None` when the cases cover every value).
    Switch {
        occurrence: Occurrence,
        kind: TestKind,
        cases: Vec<(Case, Decision)>,
        fallback: Option<Box<Decision>>,
    },
}

/// The decision tree of one match and the values it examines.
#[derive(Debug)]
pub(crate) struct Tree {
    pub root: Decision,
    pub occurrences: Occurrences,
}

/// The tree for `arms` over `n_scrutinees` values, or `None` when it would exceed `limit` nodes.
pub(crate) fn build(
    program: &Program,
    arms: &[Arm],
    n_scrutinees: usize,
    limit: usize,
) -> Result<Option<Tree>> {
    let mut builder = Builder {
        program,
        arms,
        occurrences: Occurrences::default(),
        budget: limit,
    };
    for i in 0..n_scrutinees {
        builder.occurrences.intern(Access::Scrutinee(i));
    }
    let mut rows = Vec::new();
    for (index, arm) in arms.iter().enumerate() {
        if arm.patterns.len() != n_scrutinees {
            return Err(CodegenError::internal(
                "a match arm has the wrong number of patterns",
            ));
        }
        let columns = arm
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (scrutinee(i), p));
        match builder.normalise(columns) {
            Ok(alternatives) => rows.extend(alternatives.into_iter().map(|a| a.into_row(index))),
            Err(stop) => return stop.into_result(),
        }
    }
    match builder.compile(rows) {
        Ok(root) => Ok(Some(Tree {
            root,
            occurrences: builder.occurrences,
        })),
        Err(stop) => stop.into_result(),
    }
}

/// Why building stopped.
enum Stop {
    /// The size budget is exhausted.
    TooBig,
    /// The typed IR is malformed.
    Error(CodegenError),
}

impl Stop {
    fn into_result<T>(self) -> Result<Option<T>> {
        match self {
            Stop::TooBig => Ok(None),
            Stop::Error(error) => Err(error),
        }
    }
}

type Built<T> = std::result::Result<T, Stop>;

/// A refutable pattern still to be tested against a value.
type Column<'p> = (Occurrence, &'p Pattern);

/// One way for (part of) a row to match: the tests left and the bindings made.
#[derive(Clone, Debug, Default)]
struct Alternative<'p> {
    columns: Vec<Column<'p>>,
    bindings: Vec<Binding>,
}

impl<'p> Alternative<'p> {
    fn into_row(self, arm: usize) -> Row<'p> {
        Row {
            columns: self.columns,
            bindings: self.bindings,
            arm,
        }
    }
}

#[derive(Clone, Debug)]
struct Row<'p> {
    columns: Vec<Column<'p>>,
    bindings: Vec<Binding>,
    arm: usize,
}

struct Builder<'p> {
    program: &'p Program,
    arms: &'p [Arm],
    occurrences: Occurrences,
    /// Nodes (and expanded rows) that may still be created.
    budget: usize,
}

impl<'p> Builder<'p> {
    /// Spends one unit of the size budget.
    fn spend(&mut self) -> Built<()> {
        self.budget = self.budget.checked_sub(1).ok_or(Stop::TooBig)?;
        Ok(())
    }

    fn compile(&mut self, mut rows: Vec<Row<'p>>) -> Built<Decision> {
        self.spend()?;
        let Some(first) = rows.first() else {
            return Ok(Decision::Fail);
        };
        let Some(&(occurrence, pattern)) = first.columns.first() else {
            let first = rows.remove(0);
            return self.matched(first, rows);
        };
        self.switch(occurrence, test_kind(pattern), rows)
    }

    /// The first row has nothing left to test: its arm matched (if its guard holds).
    fn matched(&mut self, row: Row<'p>, rest: Vec<Row<'p>>) -> Built<Decision> {
        let on_false = match self.arms[row.arm].guard {
            None => None,
            Some(_) => {
                // The arm failed: only later arms may still match.
                let later = rest.into_iter().filter(|r| r.arm != row.arm).collect();
                Some(Box::new(self.compile(later)?))
            }
        };
        Ok(Decision::Match {
            arm: row.arm,
            bindings: row.bindings,
            on_false,
        })
    }

    fn switch(
        &mut self,
        occurrence: Occurrence,
        kind: TestKind,
        rows: Vec<Row<'p>>,
    ) -> Built<Decision> {
        if kind == TestKind::List {
            let (base, _) = self.occurrences.list_view(occurrence);
            self.occurrences.intern(Access::Len(base));
        }
        let cases = self.cases(occurrence, kind, &rows);
        let fallback = if self.is_complete(occurrence, kind, &cases, &rows) {
            None
        } else {
            let rest = rows
                .iter()
                .filter(|r| column_on(r, occurrence).is_none())
                .cloned()
                .collect();
            Some(Box::new(self.compile(rest)?))
        };
        let mut branches = Vec::with_capacity(cases.len());
        for case in cases {
            let specialised = self.specialise(occurrence, &case, &rows)?;
            branches.push((case, self.compile(specialised)?));
        }
        Ok(Decision::Switch {
            occurrence,
            kind,
            cases: branches,
            fallback,
        })
    }

    /// The distinct cases the rows test `occurrence` for, in order of first appearance (a NaN
    /// literal is no case: it matches nothing); both cases for a list.
    fn cases(&self, occurrence: Occurrence, kind: TestKind, rows: &[Row<'p>]) -> Vec<Case> {
        if kind == TestKind::List {
            return vec![Case::NonEmpty, Case::Empty];
        }
        let mut cases: Vec<Case> = Vec::new();
        for row in rows {
            if let Some((_, pattern)) = column_on(row, occurrence) {
                if let Some(case) = case_of(pattern) {
                    let never = matches!(case, Case::Float(x) if x.is_nan());
                    if !never && !cases.iter().any(|c| same_case(c, &case)) {
                        cases.push(case);
                    }
                }
            }
        }
        cases
    }

    /// Whether `cases` cover every value of the occurrence's type.
    fn is_complete(
        &self,
        occurrence: Occurrence,
        kind: TestKind,
        cases: &[Case],
        rows: &[Row<'p>],
    ) -> bool {
        match kind {
            TestKind::List => true,
            TestKind::Bool => cases.len() == 2,
            TestKind::Tag => {
                let ty = rows
                    .iter()
                    .find_map(|r| column_on(r, occurrence))
                    .map(|(_, p)| &p.ty);
                ty.and_then(|ty| variant_count(self.program, ty)) == Some(cases.len())
            }
            TestKind::Int | TestKind::Float | TestKind::Str => false,
        }
    }

    /// The rows that remain possible when `occurrence` is known to match `case`, with the
    /// sub-patterns of the matching constructor patterns as new columns in its place.
    fn specialise(
        &mut self,
        occurrence: Occurrence,
        case: &Case,
        rows: &[Row<'p>],
    ) -> Built<Vec<Row<'p>>> {
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let Some((position, pattern)) = column_on(row, occurrence) else {
                out.push(row.clone());
                continue;
            };
            if !case_of(pattern).is_some_and(|c| same_case(&c, case)) {
                continue;
            }
            let parts = self.sub_patterns(occurrence, pattern);
            for alternative in self.normalise(parts)? {
                let mut columns = row.columns[..position].to_vec();
                columns.extend(alternative.columns);
                columns.extend_from_slice(&row.columns[position + 1..]);
                let mut bindings = row.bindings.clone();
                bindings.extend(alternative.bindings);
                out.push(Row {
                    columns,
                    bindings,
                    arm: row.arm,
                });
            }
        }
        Ok(out)
    }

    /// The components of a constructor pattern and the values they apply to.
    fn sub_patterns(&mut self, occurrence: Occurrence, pattern: &'p Pattern) -> Vec<Column<'p>> {
        match &pattern.kind {
            PatternKind::Variant { args, .. } => args
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let word = layout::VARIANT_FIELDS + i as u32;
                    (self.occurrences.intern(Access::Field(occurrence, word)), p)
                })
                .collect(),
            PatternKind::Cons { head, tail } => {
                let (base, n) = self.occurrences.list_view(occurrence);
                let head_at = self.occurrences.intern(Access::Elem(base, n));
                let tail_at = self.occurrences.intern(Access::Drop(base, n + 1));
                vec![(head_at, &**head), (tail_at, &**tail)]
            }
            _ => Vec::new(),
        }
    }

    /// Splits patterns into the refutable tests they need and the variables they bind:
    /// wildcards, variables, `as`, `()`, tuples and structs need no test of their own, an
    /// or-pattern becomes one alternative per alternative pattern (leftmost first). `None` when
    /// the expansion exceeds the size budget.
    fn normalise(
        &mut self,
        columns: impl IntoIterator<Item = Column<'p>>,
    ) -> Built<Vec<Alternative<'p>>> {
        let mut alternatives = vec![Alternative::default()];
        for (occurrence, pattern) in columns {
            let mut next = Vec::with_capacity(alternatives.len());
            for alternative in alternatives {
                next.extend(self.extend(alternative, occurrence, pattern)?);
            }
            alternatives = next;
        }
        Ok(alternatives)
    }

    /// `alternative` continued with `pattern` tested against `occurrence`.
    fn extend(
        &mut self,
        mut alternative: Alternative<'p>,
        occurrence: Occurrence,
        pattern: &'p Pattern,
    ) -> Built<Vec<Alternative<'p>>> {
        self.spend()?;
        let fields: Vec<Column<'p>> = match &pattern.kind {
            PatternKind::Wildcard | PatternKind::Unit => Vec::new(),
            PatternKind::Bind(local) => {
                alternative.bindings.push((*local, occurrence));
                Vec::new()
            }
            PatternKind::As { pattern, local } => {
                alternative.bindings.push((*local, occurrence));
                vec![(occurrence, &**pattern)]
            }
            PatternKind::Tuple(items) => items
                .iter()
                .enumerate()
                .map(|(i, p)| (self.field(occurrence, i as u32), p))
                .collect(),
            PatternKind::Struct { fields } => {
                let n = self.struct_size(&pattern.ty).map_err(Stop::Error)?;
                let mut columns = Vec::with_capacity(fields.len());
                for (index, p) in fields {
                    if *index as usize >= n {
                        return Err(Stop::Error(CodegenError::internal(format!(
                            "a pattern for field {index} of a struct with {n} fields"
                        ))));
                    }
                    columns.push((self.field(occurrence, *index), p));
                }
                columns
            }
            PatternKind::Or(options) => {
                let mut out = Vec::new();
                for option in options {
                    out.extend(self.extend(alternative.clone(), occurrence, option)?);
                }
                return Ok(out);
            }
            _ => {
                alternative.columns.push((occurrence, pattern));
                Vec::new()
            }
        };
        let mut alternatives = vec![alternative];
        for (occurrence, pattern) in fields {
            let mut next = Vec::with_capacity(alternatives.len());
            for alternative in alternatives {
                next.extend(self.extend(alternative, occurrence, pattern)?);
            }
            alternatives = next;
        }
        Ok(alternatives)
    }

    /// The number of fields of the struct type `ty`.
    fn struct_size(&self, ty: &Ty) -> Result<usize> {
        let def = match ty {
            Ty::Con(TyCon::Adt(n), _) => self.program.adts.get(*n as usize),
            _ => None,
        };
        match def.map(|d| &d.kind) {
            Some(AdtKind::Struct { fields }) => Ok(fields.len()),
            _ => Err(CodegenError::internal(format!(
                "a struct pattern of type `{ty}`"
            ))),
        }
    }

    fn field(&mut self, occurrence: Occurrence, index: u32) -> Occurrence {
        self.occurrences.intern(Access::Field(occurrence, index))
    }
}

/// The column of `row` testing `occurrence`, with its position.
fn column_on<'p>(row: &Row<'p>, occurrence: Occurrence) -> Option<(usize, &'p Pattern)> {
    row.columns
        .iter()
        .position(|(o, _)| *o == occurrence)
        .map(|i| (i, row.columns[i].1))
}

/// How a refutable pattern is tested.
fn test_kind(pattern: &Pattern) -> TestKind {
    match pattern.kind {
        PatternKind::Variant { .. } => TestKind::Tag,
        PatternKind::Bool(_) => TestKind::Bool,
        PatternKind::Int(_) => TestKind::Int,
        PatternKind::Float(_) => TestKind::Float,
        PatternKind::Str(_) | PatternKind::Atom(_) => TestKind::Str,
        _ => TestKind::List,
    }
}

/// The case a refutable pattern matches.
fn case_of(pattern: &Pattern) -> Option<Case> {
    Some(match &pattern.kind {
        PatternKind::Variant { tag, .. } => Case::Tag(*tag),
        PatternKind::Bool(b) => Case::Bool(*b),
        PatternKind::Int(n) => Case::Int(*n),
        PatternKind::Float(x) => Case::Float(*x),
        PatternKind::Str(s) | PatternKind::Atom(s) => Case::Str(s.clone()),
        PatternKind::Nil => Case::Empty,
        PatternKind::Cons { .. } => Case::NonEmpty,
        _ => return None,
    })
}

/// Whether two cases select the same values: Float literals by `==` (`0.0` is `-0.0`, a NaN is
/// no case at all, not even its own).
fn same_case(a: &Case, b: &Case) -> bool {
    match (a, b) {
        (Case::Float(x), Case::Float(y)) => x == y,
        _ => a == b,
    }
}

/// The number of variants of a sum type.
fn variant_count(program: &Program, ty: &Ty) -> Option<usize> {
    match ty {
        Ty::Con(TyCon::Option | TyCon::Result, _) => Some(2),
        Ty::Con(TyCon::Ordering, _) => Some(3),
        Ty::Con(TyCon::Adt(n), _) => match &program.adts.get(*n as usize)?.kind {
            AdtKind::Sum { variants } => Some(variants.len()),
            AdtKind::Struct { .. } => None,
        },
        _ => None,
    }
}

// ------------------------------------------------------------------------------------------------
// A readable rendering, for tests and debugging.

impl fmt::Display for Tree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &self.root, 0)
    }
}

impl Tree {
    fn write(&self, f: &mut fmt::Formatter<'_>, d: &Decision, depth: usize) -> fmt::Result {
        let pad = "  ".repeat(depth);
        match d {
            Decision::Fail => writeln!(f, "{pad}fail"),
            Decision::Match {
                arm,
                bindings,
                on_false,
            } => {
                write!(f, "{pad}arm {arm}")?;
                for (local, occurrence) in bindings {
                    write!(f, " x{}={}", local.0, self.path(*occurrence))?;
                }
                match on_false {
                    None => writeln!(f),
                    Some(rest) => {
                        writeln!(f, " if guard else")?;
                        self.write(f, rest, depth + 1)
                    }
                }
            }
            Decision::Switch {
                occurrence,
                kind,
                cases,
                fallback,
            } => {
                writeln!(f, "{pad}switch {} {kind:?}", self.path(*occurrence))?;
                for (case, sub) in cases {
                    writeln!(f, "{pad} {case:?} =>")?;
                    self.write(f, sub, depth + 1)?;
                }
                if let Some(sub) = fallback {
                    writeln!(f, "{pad} _ =>")?;
                    self.write(f, sub, depth + 1)?;
                }
                Ok(())
            }
        }
    }

    /// `s0.1[2]+3`: field 1 of scrutinee 0, element 2 of that list, and so on.
    fn path(&self, occurrence: Occurrence) -> String {
        match self.occurrences.access(occurrence) {
            Access::Scrutinee(i) => format!("s{i}"),
            Access::Field(o, i) => format!("{}.{i}", self.path(o)),
            Access::Elem(o, i) => format!("{}[{i}]", self.path(o)),
            Access::Drop(o, n) => format!("{}+{n}", self.path(o)),
            Access::Len(o) => format!("len({})", self.path(o)),
        }
    }
}

#[cfg(test)]
mod tests {
    use mesh_common::Span;
    use mesh_typeck::tir::{Expr, ExprKind, FnId};

    use super::*;

    fn pat(kind: PatternKind, ty: Ty) -> Pattern {
        Pattern {
            kind,
            ty,
            span: Span::default(),
        }
    }

    fn wild() -> Pattern {
        pat(PatternKind::Wildcard, Ty::INT)
    }

    fn bind(local: u32) -> Pattern {
        pat(PatternKind::Bind(LocalId(local)), Ty::INT)
    }

    fn int(n: i64) -> Pattern {
        pat(PatternKind::Int(n), Ty::INT)
    }

    fn float(x: f64) -> Pattern {
        pat(PatternKind::Float(x), Ty::FLOAT)
    }

    fn some(inner: Pattern) -> Pattern {
        let kind = PatternKind::Variant {
            tag: 1,
            args: vec![inner],
        };
        pat(kind, Ty::option(Ty::INT))
    }

    fn none() -> Pattern {
        let kind = PatternKind::Variant {
            tag: 0,
            args: vec![],
        };
        pat(kind, Ty::option(Ty::INT))
    }

    fn cons(head: Pattern, tail: Pattern) -> Pattern {
        let kind = PatternKind::Cons {
            head: Box::new(head),
            tail: Box::new(tail),
        };
        pat(kind, Ty::list(Ty::INT))
    }

    fn nil() -> Pattern {
        pat(PatternKind::Nil, Ty::list(Ty::INT))
    }

    fn tuple(items: Vec<Pattern>) -> Pattern {
        pat(PatternKind::Tuple(items), Ty::Tuple(vec![Ty::INT, Ty::INT]))
    }

    fn or(alternatives: Vec<Pattern>) -> Pattern {
        pat(PatternKind::Or(alternatives), Ty::INT)
    }

    fn arm(patterns: Vec<Pattern>, guarded: bool) -> Arm {
        let expr = |kind| Expr {
            kind,
            ty: Ty::BOOL,
            span: Span::default(),
        };
        Arm {
            patterns,
            guard: guarded.then(|| expr(ExprKind::Bool(true))),
            body: expr(ExprKind::Unit),
        }
    }

    fn program() -> Program {
        Program {
            functions: vec![],
            constants: vec![],
            entry: FnId(0),
            adts: vec![],
            impls: vec![],
        }
    }

    /// The rendered tree of `arms`.
    fn tree(arms: &[Arm]) -> String {
        let n = arms.first().map_or(0, |a| a.patterns.len());
        let tree = build(&program(), arms, n, NODE_LIMIT)
            .expect("well-formed")
            .expect("small");
        tree.to_string()
    }

    fn lines(text: &[&str]) -> String {
        text.iter().map(|l| format!("{l}\n")).collect()
    }

    #[test]
    fn a_failed_guard_continues_with_the_arms_testing_the_same_constructor() {
        // Some(x) when … -> 0; Some(_) -> 1; None -> 2
        let arms = [
            arm(vec![some(bind(0))], true),
            arm(vec![some(wild())], false),
            arm(vec![none()], false),
        ];
        let expected = lines(&[
            "switch s0 Tag",
            " Tag(1) =>",
            "  arm 0 x0=s0.1 if guard else",
            "    arm 1",
            " Tag(0) =>",
            "  arm 2",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn clause_groups_test_each_parameter_once_per_path() {
        // f(0, _); f(_, 0); f(a, b)
        let arms = [
            arm(vec![int(0), wild()], false),
            arm(vec![wild(), int(0)], false),
            arm(vec![bind(0), bind(1)], false),
        ];
        let expected = lines(&[
            "switch s0 Int",
            " Int(0) =>",
            "  arm 0",
            " _ =>",
            "  switch s1 Int",
            "   Int(0) =>",
            "    arm 1",
            "   _ =>",
            "    arm 2 x0=s0 x1=s1",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn list_patterns_read_elements_of_the_original_list() {
        // [a, b | rest] -> 0; [] -> 1; _ -> 2
        let arms = [
            arm(vec![cons(bind(0), cons(bind(1), bind(2)))], false),
            arm(vec![nil()], false),
            arm(vec![wild()], false),
        ];
        let expected = lines(&[
            "switch s0 List",
            " NonEmpty =>",
            "  switch s0+1 List",
            "   NonEmpty =>",
            "    arm 0 x0=s0[0] x1=s0[1] x2=s0+2",
            "   Empty =>",
            "    arm 2",
            " Empty =>",
            "  arm 1",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn or_patterns_bind_from_the_leftmost_match_and_fail_as_one_arm() {
        // (x, _) | (_, x) when … -> 0; (0, 0) -> 1; _ -> 2
        let arms = [
            arm(
                vec![or(vec![
                    tuple(vec![bind(0), wild()]),
                    tuple(vec![wild(), bind(0)]),
                ])],
                true,
            ),
            arm(vec![tuple(vec![int(0), int(0)])], false),
            arm(vec![wild()], false),
        ];
        // The second alternative is never tried: the first always matches, and when the guard
        // fails the arm has failed.
        let expected = lines(&[
            "arm 0 x0=s0.0 if guard else",
            "  switch s0.0 Int",
            "   Int(0) =>",
            "    switch s0.1 Int",
            "     Int(0) =>",
            "      arm 1",
            "     _ =>",
            "      arm 2",
            "   _ =>",
            "    arm 2",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn or_pattern_alternatives_are_separate_leaves_of_one_arm() {
        // Some(1 | 2) | None -> 0; _ -> 1
        let arms = [
            arm(
                vec![or(vec![some(or(vec![int(1), int(2)])), none()])],
                false,
            ),
            arm(vec![wild()], false),
        ];
        let expected = lines(&[
            "switch s0 Tag",
            " Tag(1) =>",
            "  switch s0.1 Int",
            "   Int(1) =>",
            "    arm 0",
            "   Int(2) =>",
            "    arm 0",
            "   _ =>",
            "    arm 1",
            " Tag(0) =>",
            "  arm 0",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn float_literals_are_cases_by_equality() {
        // 0.0 -> 0; -0.0 -> 1 (redundant); NaN -> 2 (never); _ -> 3
        let arms = [
            arm(vec![float(0.0)], false),
            arm(vec![float(-0.0)], false),
            arm(vec![float(f64::NAN)], false),
            arm(vec![wild()], false),
        ];
        let expected = lines(&[
            "switch s0 Float",
            " Float(0.0) =>",
            "  arm 0",
            " _ =>",
            "  arm 3",
        ]);
        assert_eq!(tree(&arms), expected);
    }

    #[test]
    fn no_arm_is_a_failure_and_large_trees_are_not_built() {
        assert_eq!(tree(&[]), "fail\n");
        let arms = [
            arm(vec![int(0), int(1)], false),
            arm(vec![int(2), wild()], false),
        ];
        assert!(build(&program(), &arms, 2, 3)
            .expect("well-formed")
            .is_none());
        assert!(build(&program(), &arms, 1, NODE_LIMIT).is_err());
    }
}
