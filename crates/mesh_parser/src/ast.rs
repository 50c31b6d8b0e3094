//! The untyped syntax tree of one module (LANGUAGE.md §3, §4).
//!
//! The tree keeps everything the grammar says — pipes, parentheses, keyword
//! arguments, `=` versus `do` bodies — so later tools (formatter, language
//! server) can see what was written. Desugaring (pipes, keyword maps, clause
//! groups) happens in the checker. Every expression and pattern carries a
//! [`NodeId`], unique within its module, that the checker uses to record
//! types, and an exact [`Span`].

use mesh_common::Span;

/// Identifies an expression or pattern within one module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// A name with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A dotted name: `Geometry.Point`, `Option.Some`, `Util.TextTools`.
pub type Path = Vec<Ident>;

/// A parsed source file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub items: Vec<Item>,
    pub span: Span,
    /// Number of [`NodeId`]s handed out (ids are `0..node_count`).
    pub node_count: u32,
}

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Import(ImportDecl),
    FromImport(FromImport),
    Module(ModuleDef),
    Fn(FnDef),
    Struct(StructDef),
    SumType(SumTypeDef),
    TypeAlias(TypeAlias),
    Interface(InterfaceDef),
    Impl(ImplDef),
    Actor(ActorDef),
    Service(ServiceDef),
    Supervisor(SupervisorDef),
    /// A top-level `let`: a module-private constant.
    Let(LetStmt),
    /// A top-level expression statement: checked, never evaluated (§1.3).
    Expr(Expr),
}

/// `import A.B`
#[derive(Clone, Debug, PartialEq)]
pub struct ImportDecl {
    pub path: Path,
    pub span: Span,
}

/// `from A.B import x, y`
#[derive(Clone, Debug, PartialEq)]
pub struct FromImport {
    pub path: Path,
    pub names: Vec<Ident>,
    pub span: Span,
}

/// `module Name do … end`
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleDef {
    pub is_pub: bool,
    pub name: Ident,
    pub items: Vec<Item>,
    pub span: Span,
}

/// `fn name<T>(params) -> R where T: I when guard = expr` / `do … end`.
#[derive(Clone, Debug, PartialEq)]
pub struct FnDef {
    pub is_pub: bool,
    /// Span of `pub` when present (W0002 points at it on later clauses).
    pub pub_span: Option<Span>,
    /// Span of the `fn`/`def` keyword.
    pub kw_span: Span,
    pub name: Ident,
    pub generics: Vec<Ident>,
    /// Span of `<…>` when generics are present.
    pub generics_span: Option<Span>,
    /// `None` when the parameter list is omitted (`fn main do … end`).
    pub params: Option<Vec<Param>>,
    /// Span of `( … )` including the parentheses.
    pub params_span: Option<Span>,
    pub ret: Option<TypeExpr>,
    pub where_clause: Vec<Bound>,
    pub where_span: Option<Span>,
    pub guard: Option<Expr>,
    pub body: FnBody,
    /// From `pub`/`fn` to the end of the body.
    pub span: Span,
}

impl FnDef {
    pub fn arity(&self) -> usize {
        self.params.as_ref().map_or(0, Vec::len)
    }

    /// The clause head: from `fn` to the end of the return type (or params, or name).
    pub fn head_span(&self) -> Span {
        let end = self
            .ret
            .as_ref()
            .map(|t| t.span)
            .or(self.params_span)
            .unwrap_or(self.name.span);
        self.kw_span.to(end)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum FnBody {
    /// `= expr`
    Expr(Box<Expr>),
    /// `do block end`
    Block(Block),
}

/// A function, method or closure parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Param {
    /// `self` (first parameter of interface and impl methods).
    SelfParam(Span),
    /// A pattern (a plain variable is `PatternKind::Ident`), optionally annotated.
    Pattern {
        pattern: Pattern,
        ty: Option<TypeExpr>,
    },
}

impl Param {
    pub fn span(&self) -> Span {
        match self {
            Param::SelfParam(span) => *span,
            Param::Pattern {
                pattern,
                ty: Some(ty),
            } => pattern.span.to(ty.span),
            Param::Pattern { pattern, ty: None } => pattern.span,
        }
    }
}

/// `T: Display` in a where-clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Bound {
    pub param: Ident,
    pub interface: Path,
    pub span: Span,
}

/// `struct Name<T> do fields end deriving(…)`
#[derive(Clone, Debug, PartialEq)]
pub struct StructDef {
    pub is_pub: bool,
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub members: Vec<StructMember>,
    pub deriving: Option<Deriving>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StructMember {
    Field {
        name: Ident,
        ty: TypeExpr,
    },
    /// `table "events"`
    Table {
        value: String,
        span: Span,
    },
    /// `primary_key :id`
    PrimaryKey {
        value: String,
        span: Span,
    },
    /// `timestamps true`
    Timestamps {
        value: bool,
        span: Span,
    },
    /// `belongs_to :org, Org` and friends.
    Relation {
        kind: RelationKind,
        name: String,
        target: Ident,
        span: Span,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    BelongsTo,
    HasMany,
    HasOne,
}

/// `deriving(Eq, Display)`
#[derive(Clone, Debug, PartialEq)]
pub struct Deriving {
    pub traits: Vec<Ident>,
    pub span: Span,
}

/// `type Name<T> do variants end deriving(…)`
#[derive(Clone, Debug, PartialEq)]
pub struct SumTypeDef {
    pub is_pub: bool,
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub variants: Vec<Variant>,
    pub deriving: Option<Deriving>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub name: Ident,
    pub fields: Vec<VariantField>,
    pub span: Span,
}

/// A variant field: `Float` or `w :: Float` (names are documentation).
#[derive(Clone, Debug, PartialEq)]
pub struct VariantField {
    pub name: Option<Ident>,
    pub ty: TypeExpr,
}

/// `type Name<T> = type`
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAlias {
    pub is_pub: bool,
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub ty: TypeExpr,
    pub span: Span,
}

/// `interface Name<P> do members end`
#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceDef {
    pub is_pub: bool,
    pub name: Ident,
    pub generics: Vec<Ident>,
    pub members: Vec<InterfaceMember>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum InterfaceMember {
    /// `type Item`
    AssocType(Ident),
    /// `fn name(params) -> R` with an optional default body.
    Method(MethodSig),
}

/// A method declaration inside an interface.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodSig {
    pub kw_span: Span,
    pub name: Ident,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    pub default_body: Option<Block>,
    pub span: Span,
}

/// `impl I<Args> for T where … do members end`
#[derive(Clone, Debug, PartialEq)]
pub struct ImplDef {
    pub interface: Path,
    pub interface_args: Vec<TypeExpr>,
    pub for_type: Path,
    pub where_clause: Vec<Bound>,
    pub members: Vec<ImplMember>,
    /// From `impl` to the end of the implementing type.
    pub header_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImplMember {
    /// `type Item = String`
    AssocType {
        name: Ident,
        ty: TypeExpr,
        span: Span,
    },
    Method(FnDef),
}

/// `actor name(params) do body [terminate do … end] end`
#[derive(Clone, Debug, PartialEq)]
pub struct ActorDef {
    pub is_pub: bool,
    pub name: Ident,
    pub params: Vec<SimpleParam>,
    pub body: Block,
    pub terminate: Option<Block>,
    pub span: Span,
}

/// `name` or `name :: Type`.
#[derive(Clone, Debug, PartialEq)]
pub struct SimpleParam {
    pub name: Ident,
    pub ty: Option<TypeExpr>,
}

/// `service Name do members end`
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceDef {
    pub is_pub: bool,
    pub name: Ident,
    pub members: Vec<ServiceMember>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ServiceMember {
    Fn(FnDef),
    Call(Handler),
    Cast(Handler),
}

/// `call Op(params) :: Reply do |state| body end` (casts have no reply type).
#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    pub name: Ident,
    pub params: Vec<SimpleParam>,
    pub reply: Option<TypeExpr>,
    pub state: Option<Ident>,
    pub body: Block,
    pub span: Span,
}

/// `supervisor Name do settings and children end`
#[derive(Clone, Debug, PartialEq)]
pub struct SupervisorDef {
    pub is_pub: bool,
    pub name: Ident,
    pub strategy: Option<Ident>,
    pub max_restarts: Option<(u64, Span)>,
    pub max_seconds: Option<(u64, Span)>,
    pub children: Vec<ChildSpec>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChildSpec {
    pub name: Ident,
    pub start: Option<Expr>,
    pub restart: Option<Ident>,
    pub shutdown: Option<Shutdown>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shutdown {
    Millis(u64, Span),
    /// `brutal_kill` or an invalid word (reported by the checker, E0021).
    Word(Ident),
}

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeKind {
    /// `()`
    Unit,
    /// `(A, B, …)`, two or more elements.
    Tuple(Vec<TypeExpr>),
    /// `Fun(A, B) -> R`
    Fun(Vec<TypeExpr>, Box<TypeExpr>),
    /// `Name`, `M.Name`, `Name<A, B>`, `Self.Item`.
    Named { path: Path, args: Vec<TypeExpr> },
    /// `T?`
    Option(Box<TypeExpr>),
    /// `T!E`
    Result(Box<TypeExpr>, Box<TypeExpr>),
    /// A type that failed to parse.
    Error,
    /// A type left to inference: never parsed, only made by the checker's desugarings (a
    /// service handler's result when the state or reply type is not written).
    Infer,
}

// ---------------------------------------------------------------------------
// Statements and blocks
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stmt {
    Let(LetStmt),
    /// A nested named function (visible to the end of the block).
    Fn(FnDef),
    Expr(Expr),
}

/// `let pattern :: Type = value`
#[derive(Clone, Debug, PartialEq)]
pub struct LetStmt {
    pub pattern: Pattern,
    pub ty: Option<TypeExpr>,
    pub value: Expr,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: NodeId,
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// Already folded with a unary minus where that was needed for `-9223372036854775808`.
    Int(i64),
    Float(f64),
    /// A string literal: text pieces and interpolations in order.
    Str(Vec<StrPart>),
    /// `:name`
    Atom(String),
    Bool(bool),
    /// `nil` or `()`.
    Unit,
    /// A plain name (variable, function, constructor, module qualifier, …).
    Var(Ident),
    /// `( expr )` — kept because `a |> (f(b))` differs from `a |> f(b)`.
    Paren(Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    /// `%{k => v, name: v}`
    Map(Vec<MapEntry>),
    /// `Path { f: v, … }`
    StructLit {
        path: Path,
        fields: Vec<FieldInit>,
    },
    /// `%{base | f: v, …}`
    StructUpdate {
        base: Box<Expr>,
        fields: Vec<FieldInit>,
    },
    /// `-e`, `!e`, `not e`
    Unary {
        op: UnaryOp,
        op_span: Span,
        operand: Box<Expr>,
    },
    /// Every binary operator, including `|>` (desugared by the checker).
    Binary {
        op: BinOp,
        op_span: Span,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `callee(args)` — method calls are calls whose callee is a `Field`.
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
        args_span: Span,
    },
    /// `base.name` (field, method or qualified member).
    Field {
        base: Box<Expr>,
        name: Ident,
    },
    /// `base[index]`
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// `expr?`
    Try {
        operand: Box<Expr>,
        q_span: Span,
    },
    If {
        cond: Box<Expr>,
        then_block: Block,
        else_branch: Option<ElseBranch>,
    },
    /// `case`/`match`
    Case {
        scrutinee: Box<Expr>,
        arms: Vec<Arm>,
    },
    While {
        cond: Box<Expr>,
        body: Block,
    },
    For {
        pattern: ForPattern,
        iter: Box<Expr>,
        filter: Option<Box<Expr>>,
        body: Block,
    },
    Receive {
        kw_span: Span,
        arms: Vec<Arm>,
        after: Option<AfterClause>,
    },
    Closure(Closure),
    Return(Option<Box<Expr>>),
    Break,
    Continue,
    /// `spawn(args)`, `send(args)`, `link(args)`
    Spawn {
        args: Vec<Arg>,
        args_span: Span,
    },
    Send {
        args: Vec<Arg>,
        args_span: Span,
    },
    Link {
        args: Vec<Arg>,
        args_span: Span,
    },
    /// `self()` — the current actor's pid.
    SelfPid,
    /// `self` — the method receiver.
    SelfValue,
    /// An expression that failed to parse (already reported).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StrPart {
    Text(String),
    Interp(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum MapEntry {
    /// `name: value` — the key is the string `"name"`.
    Keyword { key: Ident, value: Expr },
    /// `key => value`
    Pair { key: Expr, value: Expr },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldInit {
    pub name: Ident,
    pub value: Expr,
}

/// A call argument; `name: value` is a keyword argument.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Option<Ident>,
    pub value: Expr,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    /// `!` and `not`
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Pipe,
    Or,
    And,
    Eq,
    NotEq,
    Lt,
    Gt,
    LtEq,
    GtEq,
    Range,
    /// `<>` and `++` (interchangeable).
    Concat,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ElseBranch {
    /// `else if …` on one line: the chain shares one `end`.
    If(Box<Expr>),
    Block(Block),
}

/// A `case` or `receive` arm.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

/// `after timeout -> body`
#[derive(Clone, Debug, PartialEq)]
pub struct AfterClause {
    pub timeout: Box<Expr>,
    pub body: Block,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ForPattern {
    Single(Pattern),
    /// `{k, v}` over a map.
    Entry(Pattern, Pattern),
}

/// `fn params [when guard] -> body | params -> body end` (one or more clauses).
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub kw_span: Span,
    pub clauses: Vec<ClosureClause>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClosureClause {
    pub params: Vec<Param>,
    /// Span covering the parameters (for E0024).
    pub params_span: Span,
    pub guard: Option<Expr>,
    pub body: Block,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub id: NodeId,
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `_`
    Wildcard,
    /// A bare identifier: a variable, or a nullary variant if one is in scope (§4.3).
    Ident(Ident),
    Int(i64),
    Float(f64),
    /// Strings in patterns cannot interpolate.
    Str(String),
    Atom(String),
    Bool(bool),
    /// `nil` or `()`.
    Unit,
    /// `T.C` (no fields, `args: None`) or `C(p, …)` / `T.C(p, …)` (`args: Some`).
    Ctor {
        path: Path,
        args: Option<Vec<Pattern>>,
        args_span: Option<Span>,
    },
    /// `S { f: p, … }`
    Struct {
        path: Path,
        fields: Vec<(Ident, Pattern)>,
    },
    /// `(p1, p2, …)`, two or more.
    Tuple(Vec<Pattern>),
    /// `[p1, …, pn]` or `[p1, …, pn | tail]`
    List {
        elems: Vec<Pattern>,
        tail: Option<Box<Pattern>>,
    },
    /// `head :: tail`
    Cons {
        head: Box<Pattern>,
        tail: Box<Pattern>,
    },
    /// `p1 | p2 | …`
    Or(Vec<Pattern>),
    /// `p as name`
    As {
        pattern: Box<Pattern>,
        name: Ident,
    },
    /// A pattern that failed to parse (already reported).
    Error,
}
