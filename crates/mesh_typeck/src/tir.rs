//! The typed intermediate representation: what the checker hands to code
//! generation.
//!
//! Everything is resolved: names point at locals, functions, constants or
//! library builtins; pipes, keyword arguments, method syntax, interpolation and
//! multi-clause functions are desugared; every expression carries its closed
//! [`Ty`]. Generic functions keep `Ty::Param`s and every use carries its
//! instantiation, so code generation can monomorphise.
//!
//! Value model (RUNTIME.md, docs/design/codegen.md): every value is one
//! 64-bit word; heap values are pointers into the process heap.

use mesh_common::{FileId, Span};

use crate::ty::Ty;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FnId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConstId(pub u32);

/// A whole checked program.
#[derive(Clone, Debug)]
pub struct Program {
    /// Indexed by [`FnId`]. Includes lifted closures and nested functions.
    pub functions: Vec<Function>,
    /// Top-level constants, in evaluation order (dependency order of modules,
    /// then source order). Indexed by [`ConstId`].
    pub constants: Vec<Constant>,
    /// `Main.main`.
    pub entry: FnId,
    /// User structs and sum types, indexed by the `n` of `TyCon::Adt(n)`.
    pub adts: Vec<AdtDef>,
    /// Every `impl` of the program (explicit ones; derived and built-in
    /// instances are implied by `AdtDef::derives` and the built-in types).
    pub impls: Vec<ImplDef>,
}

/// `impl Trait<Args> for Type`: the methods that implement the trait for
/// every instantiation of `for_type`.
#[derive(Clone, Debug)]
pub struct ImplDef {
    /// The trait's name (`Display`, `Add`, `From`, a user interface's
    /// qualified name `Main.Describe`).
    pub trait_name: String,
    /// The trait's arguments (`From<Int>` → `[Int]`), in terms of the
    /// impl's generic parameters.
    pub trait_args: Vec<Ty>,
    /// The implementing type: its constructor applied to `Ty::Param(0..n)`
    /// (`Box<T>` → `Adt(k, [Param(0)])`, `Int` → `Int`).
    pub for_type: Ty,
    /// Number of generic parameters (those of the implementing type).
    pub n_generics: u32,
    /// Method name → implementing function. The function's generic
    /// parameters are the impl's, in order.
    pub methods: Vec<(String, FnId)>,
}

/// A user-defined struct or sum type. Field types may mention
/// `Ty::Param(i)` for the type's own generic parameters.
#[derive(Clone, Debug)]
pub struct AdtDef {
    /// The bare name, as Display and Debug print it (`Point`).
    pub name: String,
    /// The defining module (`Main`, `Geometry.Shapes`).
    pub module: String,
    pub n_generics: u32,
    pub kind: AdtKind,
    /// The traits derived for it (explicitly or by default, §5.13).
    pub derives: Derives,
}

#[derive(Clone, Debug)]
pub enum AdtKind {
    /// Fields in declaration order; a value is a pointer to one word per field.
    Struct { fields: Vec<FieldDef> },
    /// Variants in declaration order (the tag is the index); a value is a
    /// pointer to `{ tag, fields… }`.
    Sum { variants: Vec<VariantDef> },
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub name: String,
    pub ty: Ty,
}

#[derive(Clone, Debug)]
pub struct VariantDef {
    pub name: String,
    pub fields: Vec<Ty>,
}

/// Derived trait implementations (§5.13). Display and Debug formats are
/// §7.1's; Eq and Ord are structural (variant order, then fields).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Derives {
    pub eq: bool,
    pub ord: bool,
    pub display: bool,
    pub debug: bool,
    pub hash: bool,
    /// `deriving(Json)`: `Json.encode` accepts the type and `T.from_json`
    /// exists.
    pub json: bool,
}

#[derive(Clone, Debug)]
pub struct Function {
    /// Human name used in panics and symbols: `fact` (user-visible, e.g.
    /// ``no matching clause for `fact/1` ``).
    pub name: String,
    /// A unique, stable symbol base: `Main.fact/1`, `Main.main/0$closure3`.
    pub symbol: String,
    pub file: FileId,
    pub span: Span,
    /// Number of generic parameters (`Ty::Param(0..n)` in this function's types).
    pub n_generics: u32,
    /// Parameters, in order. For closures these exclude the environment.
    pub params: Vec<LocalId>,
    pub ret: Ty,
    /// Every local of this function, indexed by [`LocalId`].
    pub locals: Vec<Local>,
    /// For lifted closures and nested functions: the locals of *this*
    /// function that are loaded from the closure environment on entry, in
    /// environment order. Empty for top-level functions.
    pub captures: Vec<LocalId>,
    pub kind: FnKind,
    pub body: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    /// A top-level (or inline-module) function.
    TopLevel,
    /// A closure or nested named function; called with its closure pointer.
    Closure,
    /// An actor's body (called like a top-level function), with the function
    /// holding its `terminate` clause, which takes the same parameters.
    Actor { terminate: Option<FnId> },
}

#[derive(Clone, Debug)]
pub struct Local {
    pub name: String,
    pub ty: Ty,
}

#[derive(Clone, Debug)]
pub struct Constant {
    pub name: String,
    pub ty: Ty,
    pub value: Expr,
    /// Locals used by the initialiser expression (it is evaluated like a
    /// function body with no parameters).
    pub locals: Vec<Local>,
    pub file: FileId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    Unit,
    Str(String),
    /// `:name` — represented like a string holding the name.
    Atom(String),

    Local(LocalId),
    Const(ConstId),
    /// A function used as a value (becomes a closure with an empty environment).
    FnRef(Callee),
    /// Inside a nested named function: the function's own closure (for recursion).
    SelfClosure,

    /// A direct call of a known function or builtin.
    Call {
        callee: Callee,
        args: Vec<Expr>,
    },
    /// A call through a function value (closure).
    CallValue {
        func: Box<Expr>,
        args: Vec<Expr>,
    },
    /// Creates a closure of the lifted function `fun`, whose environment holds
    /// the current values of `captures` (locals of the enclosing function),
    /// in the order of `functions[fun].captures`.
    Closure {
        fun: FnId,
        inst: Vec<Ty>,
        captures: Vec<LocalId>,
    },

    /// Statements evaluated in order; the value is the last statement's
    /// (a trailing `let` yields the bound value; empty → unit).
    Block(Vec<Stmt>),
    /// `else_` is `None` for an `if` without `else` (type unit).
    If {
        cond: Box<Expr>,
        then_branch: Box<Expr>,
        else_branch: Option<Box<Expr>>,
    },
    /// Tries `arms` in order against `scrutinees` (one per column); the first
    /// arm whose patterns match and whose guard is true is evaluated.
    Match {
        scrutinees: Vec<Expr>,
        arms: Vec<Arm>,
        on_fail: MatchFail,
    },
    While {
        cond: Box<Expr>,
        body: Box<Expr>,
    },
    /// A comprehension; its value is the list of body values.
    For {
        pattern: Pattern,
        source: ForSource,
        filter: Option<Box<Expr>>,
        body: Box<Expr>,
    },
    Break,
    Continue,
    /// Returns from the enclosing function or closure.
    Return(Box<Expr>),

    /// `spawn(a, args…)`: a new process running actor function `fun`
    /// (instantiated at `inst`) on copies of `args`; the value is its pid.
    Spawn {
        fun: FnId,
        inst: Vec<Ty>,
        args: Vec<Expr>,
        /// `Node.spawn(node, f, args…)` / `Node.spawn_link` (`Some(link)`): then `args[0]` is the
        /// node's name and the rest are `f`'s arguments.
        remote: Option<bool>,
    },
    /// `send(target, message)`: a copy of `message` (of its static type) to
    /// the target's mailbox.
    Send {
        target: Box<Expr>,
        message: Box<Expr>,
    },
    /// A service call (LANGUAGE.md §6.13): sends a copy of request
    /// `message` to service `target` and waits for the reply (the
    /// expression's value, of the expression's type).
    ServiceCall {
        target: Box<Expr>,
        message: Box<Expr>,
    },
    /// In a service's loop: the next request, of the expression's type.
    ServiceReceive,
    /// In a service's loop: answers the request taken last with a copy of
    /// the value.
    ServiceReply(Box<Expr>),
    /// `self()`.
    SelfPid,
    /// `link(pid)`.
    Link(Box<Expr>),
    /// `receive`: arms tried against each mailbox message of the actor's
    /// message type `message` (or of a system message type) in arrival
    /// order; `after` is `(timeout in ms, body)`.
    Receive {
        message: Ty,
        groups: Vec<ReceiveGroup>,
        after: Option<(Box<Expr>, Box<Expr>)>,
    },
    /// In a `receive` arm: removes the matched message from the mailbox.
    ReceiveTake,
    /// In a `receive`: no arm matched this message; try the next one.
    ReceiveRetry,

    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// Arithmetic on Int or Float.
    Arith {
        op: ArithOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Short-circuit `and`/`or`.
    Logic {
        op: LogicOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Structural equality of two values of type `lhs.ty` (`negate` for `!=`).
    Eq {
        negate: bool,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// Ordering comparison of two values of type `lhs.ty`.
    Compare {
        op: CompareOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `<>` / `++` on String or List (by `ty`).
    Concat {
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// The "show" text of a value (§7): interpolation and `to_string`.
    Show(Box<Expr>),
    /// The Debug text (`inspect`).
    Debug(Box<Expr>),
    /// The `Hash` value (`x.hash()`): 64-bit FNV-1a as LANGUAGE.md §6.5
    /// defines it for the operand's static type (a user `impl Hash` wins).
    Hash(Box<Expr>),

    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// A sum-type value (Option, Result, Ordering, user types): `tag` is the
    /// variant's declaration index; `ty` says which type.
    Variant {
        tag: u32,
        args: Vec<Expr>,
    },
    /// A struct literal: `(field index, value)` in **source** order (the
    /// evaluation order, §6.2); every field appears exactly once.
    Struct {
        fields: Vec<(u32, Expr)>,
    },
    /// Reads field `index` of a struct value.
    Field {
        base: Box<Expr>,
        index: u32,
    },
    /// `%{base | f: v}`: a copy of `base` with the listed fields replaced
    /// (values evaluated in source order after `base`).
    StructUpdate {
        base: Box<Expr>,
        fields: Vec<(u32, Expr)>,
    },
    /// A field access or method call whose receiver type was not known
    /// yet, by index into the checker's pending accesses (§5.3 rule 5).
    /// Only exists while a definition is being checked: it is replaced
    /// before the definition is finished.
    Deferred(u32),
    /// A map literal: `(key, value)` entries in source order (a repeated
    /// key keeps its first position and the last value).
    MapLit(Vec<(Expr, Expr)>),
    /// `a .. b`
    Range {
        start: Box<Expr>,
        end: Box<Expr>,
    },
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Let { pattern: Pattern, value: Expr },
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A Mesh function with the instantiation of its generic parameters.
    Fn {
        fun: FnId,
        inst: Vec<Ty>,
    },
    Builtin(Builtin),
    /// A trait method on a receiver whose type is a generic parameter
    /// (`x.describe()` under `where T: Describe`): resolved during
    /// monomorphisation to the impl of `trait_name` for the instantiated
    /// `self_ty` (see `Program::impls`).
    Method {
        trait_name: String,
        method: String,
        self_ty: Ty,
    },
}

/// The arms of a `receive` that match one kind of message: `matcher` is a
/// `Match` on `local` (which holds the message) whose arms start by taking
/// the message (`ReceiveTake`) and whose last arm, a wildcard, is
/// `ReceiveRetry`.
#[derive(Clone, Debug)]
pub struct ReceiveGroup {
    pub kind: MessageKind,
    pub local: LocalId,
    pub matcher: Expr,
}

/// Which messages a `receive` arm considers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// Messages of the actor's message type.
    User,
    /// A system message (STDLIB.md §5.16.3) named by its first atom (`down`, `exit`, …).
    System(&'static str),
}

/// What happens when no arm matches.
#[derive(Clone, Debug, PartialEq)]
pub enum MatchFail {
    /// The checker proved the match exhaustive.
    Unreachable,
    /// Panic with this reason (``no matching clause for `f/2` ``, …).
    Panic(String),
}

#[derive(Clone, Debug)]
pub struct Arm {
    /// One pattern per scrutinee.
    pub patterns: Vec<Pattern>,
    pub guard: Option<Expr>,
    pub body: Expr,
}

#[derive(Clone, Debug)]
pub enum ForSource {
    /// `for i in a .. b` — iterates `a, a+1, …, b-1` without building a list.
    Range { start: Box<Expr>, end: Box<Expr> },
    /// Any expression of type `List<T>`.
    List(Box<Expr>),
    /// A `Map<K, V>` in insertion order: the element is the key, or the
    /// `(key, value)` tuple when `entries` (`for {k, v} in m`).
    Map { map: Box<Expr>, entries: bool },
    /// A `Set<T>` in insertion order.
    Set(Box<Expr>),
    /// An `Iter<T>` (user `Iterable` and `Iterator` values are converted to
    /// one by the checker); the loop consumes it.
    Iter(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Pattern {
    pub kind: PatternKind,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    Wildcard,
    Bind(LocalId),
    Int(i64),
    Float(f64),
    Str(String),
    Atom(String),
    Bool(bool),
    Unit,
    /// A sum-type variant by tag, with one sub-pattern per field.
    Variant {
        tag: u32,
        args: Vec<Pattern>,
    },
    /// A struct value whose listed fields (by index) match; others are ignored.
    Struct {
        fields: Vec<(u32, Pattern)>,
    },
    Tuple(Vec<Pattern>),
    /// The empty list.
    Nil,
    /// A list with at least one element.
    Cons {
        head: Box<Pattern>,
        tail: Box<Pattern>,
    },
    Or(Vec<Pattern>),
    /// `p as x`
    As {
        pattern: Box<Pattern>,
        local: LocalId,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    NegInt,
    NegFloat,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// Int: truncating, panics on zero; Float: IEEE.
    Div,
    /// Int: sign of dividend, panics on zero; Float: fmod.
    Rem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt,
    Gt,
    LtEq,
    GtEq,
}

/// Library functions implemented by the runtime (or inline by codegen).
/// Argument and result types are those of STDLIB.md; generic ones work on
/// words, so the instantiation is not needed except where the element type
/// matters (`ListContains` uses the element type of its first argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Println,
    Print,
    Eprintln,
    StringLength,
    StringToUpper,
    StringToLower,
    StringSplit,
    StringJoin,
    StringContains,
    StringStartsWith,
    StringEndsWith,
    StringTrim,
    StringSlice,
    StringReplace,
    StringToInt,
    StringToFloat,
    /// `Float.from(Int)` / `Int.to_float`
    IntToFloat,
    /// `Float.to_int` (truncates toward zero)
    FloatToInt,
    ListLength,
    ListIsEmpty,
    ListGet,
    ListHead,
    ListTail,
    ListLast,
    ListAppend,
    ListConcat,
    ListReverse,
    ListTake,
    ListDrop,
    ListMap,
    ListFilter,
    ListReduce,
    ListFind,
    ListAny,
    ListAll,
    ListContains,
    ListFetch,
    /// `List.sort(xs, cmp)` with a comparator closure returning an Int.
    ListSort,
    /// `List.sort(xs)` by the element type's `Ord`.
    ListSortOrd,
    ListZip,
    ListEnumerate,
    ListFlatten,
    ListFlatMap,
    IoReadLine,
    EnvGet,
    EnvArgs,
    FileRead,
    FileWrite,
    FileAppend,
    FileExists,
    FileDelete,
    /// `Math.abs` on Int (wrapping) or Float (by the argument type).
    MathAbs,
    MathMin,
    MathMax,
    MathPow,
    MathSqrt,
    /// Float → Int rounding toward −∞ (saturating, NaN → 0).
    MathFloor,
    MathCeil,
    /// Half away from zero.
    MathRound,
    StringByteSize,
    StringIndexOf,
    StringChars,
    MapNew,
    MapPut,
    /// `Map.get`: the value, or the value type's `Default`, or a panic
    /// ``key not found: <key>`` when it has none.
    MapGet,
    MapFetch,
    MapGetOr,
    MapHasKey,
    MapDelete,
    MapSize,
    MapKeys,
    MapValues,
    MapMerge,
    MapToList,
    MapFromList,
    SetNew,
    SetAdd,
    SetRemove,
    SetContains,
    SetSize,
    SetUnion,
    SetIntersection,
    SetDifference,
    SetToList,
    SetFromList,
    /// `List.new()`.
    ListNew,
    QueueNew,
    QueuePush,
    /// `Queue.pop(q)` -> `(front, rest)`; panics `empty queue`.
    QueuePop,
    QueuePeek,
    QueueSize,
    QueueIsEmpty,
    /// `Iter.from` by the source type (the checker picks the variant).
    IterFromList,
    IterFromMap,
    IterFromSet,
    IterFromRange,
    /// An iterator over a value of a user type implementing `Iterator`:
    /// `(state, next)` with `next` its `next` function as a value.
    IterFromNext,
    IterMap,
    IterFilter,
    IterTake,
    IterSkip,
    IterEnumerate,
    IterZip,
    IterCount,
    /// `Iter.sum` over Int or Float (by the element type).
    IterSum,
    IterAny,
    IterAll,
    IterFind,
    IterReduce,
    /// `it.next()` -> `Option<T>`.
    IterNext,
    ListCollect,
    MapCollect,
    SetCollect,
    StringCollect,
    TimerNowMs,
    /// `Tuple.nth(t, size, i)` with a computed index `i`; panics ``tuple
    /// index <i> out of bounds (size <n>)``.
    TupleNth,
    JsonParse,
    /// `Json.encode(v)` of any serialisable type (by the argument type).
    JsonEncode,
    JsonEncodeString,
    JsonEncodeInt,
    JsonEncodeBool,
    JsonEncodeMap,
    JsonEncodeList,
    /// `Json.get(text, key)`.
    JsonGet,
    /// `Json.get(json, key)` on a parsed value.
    JsonGetValue,
    JsonGetNested,
    JsonGetNestedValue,
    JsonField,
    JsonAsString,
    JsonAsInt,
    JsonAsFloat,
    JsonAsBool,
    JsonAsList,
    JsonAsMap,
    JsonIsNull,
    /// `T.from_json(text)` -> `Result<T, String>` (the type from the result).
    JsonFromJson,
    /// `Timer.sleep(ms)`: parks the calling process.
    TimerSleep,
    /// `Pid.none()`: the pid 0.
    PidNone,
    PidIsNone,
    /// `Timer.send_after(pid, ms, msg)`: copies `msg` now, delivers it later.
    TimerSendAfter,
    ProcessRegister,
    ProcessWhereis,
    /// `Process.lookup(name)` -> `Option<Pid<()>>` (0 is `None`).
    ProcessLookup,
    ProcessUnregister,
    ProcessMonitor,
    ProcessDemonitor,
    /// `Process.monitor` of an Int (compatibility): monitors no process.
    ProcessMonitorNone,
    ProcessExit,
    ProcessUnlink,
    ProcessTrapExit,
    GlobalRegister,
    GlobalWhereis,
    GlobalLookup,
    GlobalUnregister,
    NodeStart,
    NodeConnect,
    NodeDisconnect,
    NodeSelf,
    NodeList,
    NodeMonitor,
    JobAsync,
    JobAwait,
    JobAwaitTimeout,
    JobMap,
    /// The body of a supervisor (`supervisors.rs`); not callable by users.
    Supervise,
}

impl Expr {
    /// The direct sub-expressions, in evaluation order (guards before arm
    /// bodies, the `for` source before the filter and the body).
    pub fn children(&self) -> Vec<&Expr> {
        match &self.kind {
            ExprKind::Call { args, .. }
            | ExprKind::Spawn { args, .. }
            | ExprKind::List(args)
            | ExprKind::Tuple(args)
            | ExprKind::Variant { args, .. } => args.iter().collect(),
            ExprKind::Send { target, message } | ExprKind::ServiceCall { target, message } => {
                vec![target, message]
            }
            ExprKind::Receive { groups, after, .. } => {
                let after = after.iter().flat_map(|(t, b)| [&**t, &**b]);
                groups.iter().map(|g| &g.matcher).chain(after).collect()
            }
            ExprKind::CallValue { func, args } => std::iter::once(&**func).chain(args).collect(),
            ExprKind::Struct { fields } => fields.iter().map(|(_, e)| e).collect(),
            ExprKind::MapLit(entries) => entries.iter().flat_map(|(k, v)| [k, v]).collect(),
            ExprKind::StructUpdate { base, fields } => std::iter::once(&**base)
                .chain(fields.iter().map(|(_, e)| e))
                .collect(),
            ExprKind::Block(stmts) => stmts.iter().map(Stmt::expr).collect(),
            ExprKind::If {
                cond,
                then_branch,
                else_branch,
            } => [Some(&**cond), Some(&**then_branch), else_branch.as_deref()]
                .into_iter()
                .flatten()
                .collect(),
            ExprKind::Match {
                scrutinees, arms, ..
            } => {
                let arm_exprs = arms
                    .iter()
                    .flat_map(|a| a.guard.iter().chain(std::iter::once(&a.body)));
                scrutinees.iter().chain(arm_exprs).collect()
            }
            ExprKind::While { cond, body } => vec![cond, body],
            ExprKind::For {
                source,
                filter,
                body,
                ..
            } => {
                let mut out: Vec<&Expr> = match source {
                    ForSource::Range { start, end } => vec![start, end],
                    ForSource::List(list)
                    | ForSource::Set(list)
                    | ForSource::Iter(list)
                    | ForSource::Map { map: list, .. } => {
                        vec![list]
                    }
                };
                out.extend(filter.as_deref());
                out.push(body);
                out
            }
            ExprKind::Return(e)
            | ExprKind::Link(e)
            | ExprKind::ServiceReply(e)
            | ExprKind::Unary { operand: e, .. }
            | ExprKind::Show(e)
            | ExprKind::Debug(e)
            | ExprKind::Hash(e)
            | ExprKind::Field { base: e, .. } => vec![e],
            ExprKind::Arith { lhs, rhs, .. }
            | ExprKind::Logic { lhs, rhs, .. }
            | ExprKind::Eq { lhs, rhs, .. }
            | ExprKind::Compare { lhs, rhs, .. }
            | ExprKind::Concat { lhs, rhs }
            | ExprKind::Range {
                start: lhs,
                end: rhs,
            } => vec![lhs, rhs],
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Unit
            | ExprKind::Str(_)
            | ExprKind::Atom(_)
            | ExprKind::Local(_)
            | ExprKind::Const(_)
            | ExprKind::FnRef(_)
            | ExprKind::SelfClosure
            | ExprKind::SelfPid
            | ExprKind::ServiceReceive
            | ExprKind::ReceiveTake
            | ExprKind::ReceiveRetry
            | ExprKind::Closure { .. }
            | ExprKind::Break
            | ExprKind::Continue
            | ExprKind::Deferred(_) => Vec::new(),
        }
    }

    /// [`Expr::children`], mutably.
    pub fn children_mut(&mut self) -> Vec<&mut Expr> {
        match &mut self.kind {
            ExprKind::Call { args, .. }
            | ExprKind::Spawn { args, .. }
            | ExprKind::List(args)
            | ExprKind::Tuple(args)
            | ExprKind::Variant { args, .. } => args.iter_mut().collect(),
            ExprKind::Send { target, message } | ExprKind::ServiceCall { target, message } => {
                vec![&mut **target, &mut **message]
            }
            ExprKind::Receive { groups, after, .. } => {
                let mut out: Vec<&mut Expr> = groups.iter_mut().map(|g| &mut g.matcher).collect();
                if let Some((t, b)) = after {
                    out.push(&mut **t);
                    out.push(&mut **b);
                }
                out
            }
            ExprKind::CallValue { func, args } => std::iter::once(&mut **func)
                .chain(args.iter_mut())
                .collect(),
            ExprKind::Struct { fields } => fields.iter_mut().map(|(_, e)| e).collect(),
            ExprKind::MapLit(entries) => entries.iter_mut().flat_map(|(k, v)| [k, v]).collect(),
            ExprKind::StructUpdate { base, fields } => std::iter::once(&mut **base)
                .chain(fields.iter_mut().map(|(_, e)| e))
                .collect(),
            ExprKind::Block(stmts) => stmts.iter_mut().map(Stmt::expr_mut).collect(),
            ExprKind::If {
                cond,
                then_branch,
                else_branch,
            } => [
                Some(&mut **cond),
                Some(&mut **then_branch),
                else_branch.as_deref_mut(),
            ]
            .into_iter()
            .flatten()
            .collect(),
            ExprKind::Match {
                scrutinees, arms, ..
            } => {
                let arm_exprs = arms
                    .iter_mut()
                    .flat_map(|a| a.guard.iter_mut().chain(std::iter::once(&mut a.body)));
                scrutinees.iter_mut().chain(arm_exprs).collect()
            }
            ExprKind::While { cond, body } => vec![&mut **cond, &mut **body],
            ExprKind::For {
                source,
                filter,
                body,
                ..
            } => {
                let mut out: Vec<&mut Expr> = match source {
                    ForSource::Range { start, end } => vec![&mut **start, &mut **end],
                    ForSource::List(list)
                    | ForSource::Set(list)
                    | ForSource::Iter(list)
                    | ForSource::Map { map: list, .. } => {
                        vec![&mut **list]
                    }
                };
                out.extend(filter.as_deref_mut());
                out.push(&mut **body);
                out
            }
            ExprKind::Return(e)
            | ExprKind::Link(e)
            | ExprKind::ServiceReply(e)
            | ExprKind::Unary { operand: e, .. }
            | ExprKind::Show(e)
            | ExprKind::Debug(e)
            | ExprKind::Hash(e)
            | ExprKind::Field { base: e, .. } => vec![&mut **e],
            ExprKind::Arith { lhs, rhs, .. }
            | ExprKind::Logic { lhs, rhs, .. }
            | ExprKind::Eq { lhs, rhs, .. }
            | ExprKind::Compare { lhs, rhs, .. }
            | ExprKind::Concat { lhs, rhs }
            | ExprKind::Range {
                start: lhs,
                end: rhs,
            } => vec![&mut **lhs, &mut **rhs],
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::Unit
            | ExprKind::Str(_)
            | ExprKind::Atom(_)
            | ExprKind::Local(_)
            | ExprKind::Const(_)
            | ExprKind::FnRef(_)
            | ExprKind::SelfClosure
            | ExprKind::SelfPid
            | ExprKind::ServiceReceive
            | ExprKind::ReceiveTake
            | ExprKind::ReceiveRetry
            | ExprKind::Closure { .. }
            | ExprKind::Break
            | ExprKind::Continue
            | ExprKind::Deferred(_) => Vec::new(),
        }
    }
}

impl Stmt {
    /// The statement's expression (a `let`'s initialiser).
    pub fn expr(&self) -> &Expr {
        match self {
            Stmt::Let { value, .. } => value,
            Stmt::Expr(e) => e,
        }
    }

    pub fn expr_mut(&mut self) -> &mut Expr {
        match self {
            Stmt::Let { value, .. } => value,
            Stmt::Expr(e) => e,
        }
    }
}
