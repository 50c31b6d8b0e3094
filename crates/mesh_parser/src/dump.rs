//! A compact S-expression rendering of the syntax tree.
//!
//! Used by tests to assert on the shape of a parse without spelling out
//! spans and ids, and handy when debugging (`println!("{}", dump(&m))`).
//! One item per line; everything else inline. Types print in source syntax.

use std::fmt::Write;

use crate::ast::*;

/// Renders a module, one item per line.
pub fn dump(module: &Module) -> String {
    let lines: Vec<String> = module.items.iter().map(item).collect();
    lines.join("\n")
}

/// Renders one expression.
pub fn dump_expr(e: &Expr) -> String {
    expr(e)
}

/// Renders one pattern.
pub fn dump_pattern(p: &Pattern) -> String {
    pattern(p)
}

fn list<T>(xs: &[T], f: impl Fn(&T) -> String) -> String {
    xs.iter().map(f).collect::<Vec<_>>().join(" ")
}

/// `(head part part …)`, dropping empty parts.
fn sexp(head: &str, parts: &[String]) -> String {
    let mut out = format!("({head}");
    for part in parts.iter().filter(|p| !p.is_empty()) {
        let _ = write!(out, " {part}");
    }
    out.push(')');
    out
}

fn path(p: &[Ident]) -> String {
    p.iter()
        .map(|i| i.name.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

fn opt_pub(is_pub: bool) -> String {
    if is_pub {
        "pub".into()
    } else {
        String::new()
    }
}

fn generics(g: &[Ident]) -> String {
    if g.is_empty() {
        String::new()
    } else {
        format!(
            "<{}>",
            g.iter()
                .map(|i| i.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

fn item(i: &Item) -> String {
    match i {
        Item::Import(d) => sexp("import", &[path(&d.path)]),
        Item::FromImport(d) => sexp("from", &[path(&d.path), list(&d.names, |n| n.name.clone())]),
        Item::Module(m) => sexp(
            "module",
            &[opt_pub(m.is_pub), m.name.name.clone(), list(&m.items, item)],
        ),
        Item::Fn(f) => fn_def(f),
        Item::Struct(s) => struct_def(s),
        Item::SumType(s) => sum_type(s),
        Item::TypeAlias(a) => sexp(
            "alias",
            &[
                opt_pub(a.is_pub),
                a.name.name.clone(),
                generics(&a.generics),
                dump_type(&a.ty),
            ],
        ),
        Item::Interface(d) => interface(d),
        Item::Impl(d) => impl_def(d),
        Item::Actor(a) => actor(a),
        Item::Service(s) => service(s),
        Item::Supervisor(s) => supervisor(s),
        Item::Let(l) => let_stmt(l),
        Item::Expr(e) => expr(e),
    }
}

fn fn_def(f: &FnDef) -> String {
    let params = f
        .params
        .as_ref()
        .map(|ps| sexp("params", &[list(ps, param)]))
        .unwrap_or_default();
    let body = match &f.body {
        FnBody::Expr(e) => format!("= {}", expr(e)),
        FnBody::Block(b) => block(b),
    };
    sexp(
        "fn",
        &[
            opt_pub(f.is_pub),
            f.name.name.clone(),
            generics(&f.generics),
            params,
            f.ret
                .as_ref()
                .map(|t| format!("-> {}", dump_type(t)))
                .unwrap_or_default(),
            where_clause(&f.where_clause),
            f.guard
                .as_ref()
                .map(|g| sexp("when", &[expr(g)]))
                .unwrap_or_default(),
            body,
        ],
    )
}

fn where_clause(bounds: &[Bound]) -> String {
    if bounds.is_empty() {
        return String::new();
    }
    sexp(
        "where",
        &[list(bounds, |b| {
            format!("{}: {}", b.param.name, path(&b.interface))
        })],
    )
}

fn param(p: &Param) -> String {
    match p {
        Param::SelfParam(_) => "self".into(),
        Param::Pattern {
            pattern: pat,
            ty: None,
        } => pattern(pat),
        Param::Pattern {
            pattern: pat,
            ty: Some(t),
        } => format!("({} :: {})", pattern(pat), dump_type(t)),
    }
}

fn deriving(d: &Option<Deriving>) -> String {
    d.as_ref()
        .map(|d| sexp("deriving", &[list(&d.traits, |t| t.name.clone())]))
        .unwrap_or_default()
}

fn struct_def(s: &StructDef) -> String {
    let members = list(&s.members, |m| match m {
        StructMember::Field { name, ty: t } => format!("({} :: {})", name.name, dump_type(t)),
        StructMember::Table { value, .. } => sexp("table", &[format!("{value:?}")]),
        StructMember::PrimaryKey { value, .. } => sexp("primary_key", &[format!(":{value}")]),
        StructMember::Timestamps { value, .. } => sexp("timestamps", &[value.to_string()]),
        StructMember::Relation {
            kind, name, target, ..
        } => sexp(
            &format!("{kind:?}"),
            &[format!(":{name}"), target.name.clone()],
        ),
    });
    sexp(
        "struct",
        &[
            opt_pub(s.is_pub),
            s.name.name.clone(),
            generics(&s.generics),
            members,
            deriving(&s.deriving),
        ],
    )
}

fn sum_type(s: &SumTypeDef) -> String {
    let variants = list(&s.variants, |v| {
        let fields = list(&v.fields, |f| match &f.name {
            Some(n) => format!("({} :: {})", n.name, dump_type(&f.ty)),
            None => dump_type(&f.ty),
        });
        sexp(&v.name.name, &[fields])
    });
    sexp(
        "type",
        &[
            opt_pub(s.is_pub),
            s.name.name.clone(),
            generics(&s.generics),
            variants,
            deriving(&s.deriving),
        ],
    )
}

fn interface(d: &InterfaceDef) -> String {
    let members = list(&d.members, |m| match m {
        InterfaceMember::AssocType(name) => sexp("type", std::slice::from_ref(&name.name)),
        InterfaceMember::Method(sig) => sexp(
            "fn",
            &[
                sig.name.name.clone(),
                sexp("params", &[list(&sig.params, param)]),
                sig.ret
                    .as_ref()
                    .map(|t| format!("-> {}", dump_type(t)))
                    .unwrap_or_default(),
                sig.default_body.as_ref().map(block).unwrap_or_default(),
            ],
        ),
    });
    sexp(
        "interface",
        &[
            opt_pub(d.is_pub),
            d.name.name.clone(),
            generics(&d.generics),
            members,
        ],
    )
}

fn impl_def(d: &ImplDef) -> String {
    let iface = if d.interface_args.is_empty() {
        path(&d.interface)
    } else {
        format!(
            "{}<{}>",
            path(&d.interface),
            d.interface_args
                .iter()
                .map(dump_type)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let members = list(&d.members, |m| match m {
        ImplMember::AssocType { name, ty: t, .. } => {
            sexp("type", &[name.name.clone(), dump_type(t)])
        }
        ImplMember::Method(f) => fn_def(f),
    });
    sexp(
        "impl",
        &[
            iface,
            "for".into(),
            path(&d.for_type),
            where_clause(&d.where_clause),
            members,
        ],
    )
}

fn simple_params(ps: &[SimpleParam]) -> String {
    sexp(
        "params",
        &[list(ps, |p| match &p.ty {
            Some(t) => format!("({} :: {})", p.name.name, dump_type(t)),
            None => p.name.name.clone(),
        })],
    )
}

fn actor(a: &ActorDef) -> String {
    let terminate = a
        .terminate
        .as_ref()
        .map(|b| sexp("terminate", &[block(b)]))
        .unwrap_or_default();
    sexp(
        "actor",
        &[
            opt_pub(a.is_pub),
            a.name.name.clone(),
            simple_params(&a.params),
            block(&a.body),
            terminate,
        ],
    )
}

fn service(s: &ServiceDef) -> String {
    let members = list(&s.members, |m| match m {
        ServiceMember::Fn(f) => fn_def(f),
        ServiceMember::Call(h) => handler("call", h),
        ServiceMember::Cast(h) => handler("cast", h),
    });
    sexp(
        "service",
        &[opt_pub(s.is_pub), s.name.name.clone(), members],
    )
}

fn handler(kind: &str, h: &Handler) -> String {
    sexp(
        kind,
        &[
            h.name.name.clone(),
            simple_params(&h.params),
            h.reply
                .as_ref()
                .map(|t| format!(":: {}", dump_type(t)))
                .unwrap_or_default(),
            h.state
                .as_ref()
                .map(|s| format!("|{}|", s.name))
                .unwrap_or_default(),
            block(&h.body),
        ],
    )
}

fn supervisor(s: &SupervisorDef) -> String {
    let children = list(&s.children, |c| {
        let shutdown = match &c.shutdown {
            Some(Shutdown::Millis(ms, _)) => sexp("shutdown", &[ms.to_string()]),
            Some(Shutdown::Word(w)) => sexp("shutdown", std::slice::from_ref(&w.name)),
            None => String::new(),
        };
        sexp(
            "child",
            &[
                c.name.name.clone(),
                c.start
                    .as_ref()
                    .map(|e| sexp("start", &[expr(e)]))
                    .unwrap_or_default(),
                c.restart
                    .as_ref()
                    .map(|r| sexp("restart", std::slice::from_ref(&r.name)))
                    .unwrap_or_default(),
                shutdown,
            ],
        )
    });
    sexp(
        "supervisor",
        &[
            opt_pub(s.is_pub),
            s.name.name.clone(),
            s.strategy
                .as_ref()
                .map(|i| sexp("strategy", std::slice::from_ref(&i.name)))
                .unwrap_or_default(),
            s.max_restarts
                .map(|(n, _)| sexp("max_restarts", &[n.to_string()]))
                .unwrap_or_default(),
            s.max_seconds
                .map(|(n, _)| sexp("max_seconds", &[n.to_string()]))
                .unwrap_or_default(),
            children,
        ],
    )
}

/// Types in source syntax; `?` and `!` operands are parenthesised when
/// they are themselves suffixed or function types.
pub fn dump_type(t: &TypeExpr) -> String {
    match &t.kind {
        TypeKind::Unit => "()".into(),
        TypeKind::Tuple(ts) => format!(
            "({})",
            ts.iter().map(dump_type).collect::<Vec<_>>().join(", ")
        ),
        TypeKind::Fun(ps, r) => format!(
            "Fun({}) -> {}",
            ps.iter().map(dump_type).collect::<Vec<_>>().join(", "),
            dump_type(r)
        ),
        TypeKind::Named { path: p, args } if args.is_empty() => path(p),
        TypeKind::Named { path: p, args } => {
            format!(
                "{}<{}>",
                path(p),
                args.iter().map(dump_type).collect::<Vec<_>>().join(", ")
            )
        }
        TypeKind::Option(inner) => format!("{}?", ty_operand(inner)),
        TypeKind::Result(ok, err) => format!("{}!{}", ty_operand(ok), dump_type(err)),
        TypeKind::Error => "<error>".into(),
        TypeKind::Infer => "_".into(),
    }
}

fn ty_operand(t: &TypeExpr) -> String {
    match t.kind {
        TypeKind::Result(..) | TypeKind::Fun(..) => format!("({})", dump_type(t)),
        _ => dump_type(t),
    }
}

fn block(b: &Block) -> String {
    sexp("block", &[list(&b.stmts, stmt)])
}

fn stmt(s: &Stmt) -> String {
    match s {
        Stmt::Let(l) => let_stmt(l),
        Stmt::Fn(f) => fn_def(f),
        Stmt::Expr(e) => expr(e),
    }
}

fn let_stmt(l: &LetStmt) -> String {
    let annotation =
        l.ty.as_ref()
            .map(|t| format!(":: {}", dump_type(t)))
            .unwrap_or_default();
    sexp("let", &[pattern(&l.pattern), annotation, expr(&l.value)])
}

fn args(a: &[Arg]) -> String {
    list(a, |arg| match &arg.name {
        Some(name) => format!("({}: {})", name.name, expr(&arg.value)),
        None => expr(&arg.value),
    })
}

fn field_inits(fields: &[FieldInit]) -> String {
    list(fields, |f| format!("({}: {})", f.name.name, expr(&f.value)))
}

fn bin_op(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Pipe => "|>",
        Or => "or",
        And => "and",
        Eq => "==",
        NotEq => "!=",
        Lt => "<",
        Gt => ">",
        LtEq => "<=",
        GtEq => ">=",
        Range => "..",
        Concat => "<>",
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Rem => "%",
    }
}

fn expr(e: &Expr) -> String {
    use ExprKind::*;
    match &e.kind {
        Int(n) => n.to_string(),
        Float(f) => format!("{f:?}"),
        Str(parts) => string(parts),
        Atom(a) => format!(":{a}"),
        Bool(b) => b.to_string(),
        Unit => "()".into(),
        Var(v) => v.name.clone(),
        Paren(inner) => sexp("paren", &[expr(inner)]),
        Tuple(xs) => sexp("tuple", &[list(xs, expr)]),
        List(xs) => sexp("list", &[list(xs, expr)]),
        Map(entries) => sexp("map", &[list(entries, map_entry)]),
        StructLit { path: p, fields } => sexp("struct", &[path(p), field_inits(fields)]),
        StructUpdate { base, fields } => sexp("update", &[expr(base), field_inits(fields)]),
        Unary {
            op: UnaryOp::Neg,
            operand,
            ..
        } => sexp("neg", &[expr(operand)]),
        Unary {
            op: UnaryOp::Not,
            operand,
            ..
        } => sexp("not", &[expr(operand)]),
        Binary { op, lhs, rhs, .. } => sexp(bin_op(*op), &[expr(lhs), expr(rhs)]),
        Call {
            callee, args: a, ..
        } => sexp("call", &[expr(callee), args(a)]),
        Field { base, name } => sexp(".", &[expr(base), name.name.clone()]),
        Index { base, index } => sexp("index", &[expr(base), expr(index)]),
        Try { operand, .. } => sexp("?", &[expr(operand)]),
        If {
            cond,
            then_block,
            else_branch,
        } => {
            let else_part = match else_branch {
                None => String::new(),
                Some(ElseBranch::If(nested)) => sexp("else", &[expr(nested)]),
                Some(ElseBranch::Block(b)) => sexp("else", &[block(b)]),
            };
            sexp("if", &[expr(cond), block(then_block), else_part])
        }
        Case { scrutinee, arms } => sexp("case", &[expr(scrutinee), list(arms, arm)]),
        While { cond, body } => sexp("while", &[expr(cond), block(body)]),
        For {
            pattern: p,
            iter,
            filter,
            body,
        } => {
            let binding = match p {
                ForPattern::Single(p) => pattern(p),
                ForPattern::Entry(k, v) => format!("{{{} {}}}", pattern(k), pattern(v)),
            };
            let filter = filter
                .as_ref()
                .map(|f| sexp("when", &[expr(f)]))
                .unwrap_or_default();
            sexp("for", &[binding, expr(iter), filter, block(body)])
        }
        Receive { arms, after, .. } => {
            let after = after
                .as_ref()
                .map(|a| sexp("after", &[expr(&a.timeout), block(&a.body)]))
                .unwrap_or_default();
            sexp("receive", &[list(arms, arm), after])
        }
        Closure(c) => sexp("fn", &[list(&c.clauses, clause)]),
        Return(value) => sexp(
            "return",
            &[value.as_ref().map(|v| expr(v)).unwrap_or_default()],
        ),
        Break => "break".into(),
        Continue => "continue".into(),
        Spawn { args: a, .. } => sexp("spawn", &[args(a)]),
        Send { args: a, .. } => sexp("send", &[args(a)]),
        Link { args: a, .. } => sexp("link", &[args(a)]),
        SelfPid => "self()".into(),
        SelfValue => "self".into(),
        Error => "<error>".into(),
    }
}

fn string(parts: &[StrPart]) -> String {
    match parts {
        [] => "\"\"".into(),
        [StrPart::Text(text)] => format!("{text:?}"),
        _ => sexp(
            "str",
            &[list(parts, |p| match p {
                StrPart::Text(text) => format!("{text:?}"),
                StrPart::Interp(e) => expr(e),
            })],
        ),
    }
}

fn map_entry(entry: &MapEntry) -> String {
    match entry {
        MapEntry::Keyword { key, value } => format!("({}: {})", key.name, expr(value)),
        MapEntry::Pair { key, value } => sexp("=>", &[expr(key), expr(value)]),
    }
}

fn arm(a: &Arm) -> String {
    let guard = a
        .guard
        .as_ref()
        .map(|g| sexp("when", &[expr(g)]))
        .unwrap_or_default();
    sexp("arm", &[pattern(&a.pattern), guard, block(&a.body)])
}

fn clause(c: &ClosureClause) -> String {
    let guard = c
        .guard
        .as_ref()
        .map(|g| sexp("when", &[expr(g)]))
        .unwrap_or_default();
    sexp(
        "clause",
        &[
            sexp("params", &[list(&c.params, param)]),
            guard,
            block(&c.body),
        ],
    )
}

fn pattern(p: &Pattern) -> String {
    use PatternKind::*;
    match &p.kind {
        Wildcard => "_".into(),
        Ident(i) => i.name.clone(),
        Int(n) => n.to_string(),
        Float(f) => format!("{f:?}"),
        Str(s) => format!("{s:?}"),
        Atom(a) => format!(":{a}"),
        Bool(b) => b.to_string(),
        Unit => "()".into(),
        Ctor {
            path: p,
            args: None,
            ..
        } => sexp("ctor", &[path(p)]),
        Ctor {
            path: p,
            args: Some(args),
            ..
        } => sexp("ctor", &[path(p), list(args, pattern)]),
        Struct { path: p, fields } => sexp(
            "struct",
            &[
                path(p),
                list(fields, |(n, f)| format!("({}: {})", n.name, pattern(f))),
            ],
        ),
        Tuple(ps) => sexp("tuple", &[list(ps, pattern)]),
        List { elems, tail: None } => sexp("list", &[list(elems, pattern)]),
        List {
            elems,
            tail: Some(t),
        } => sexp("list", &[list(elems, pattern), format!("| {}", pattern(t))]),
        Cons { head, tail } => sexp("::", &[pattern(head), pattern(tail)]),
        Or(ps) => sexp("|", &[list(ps, pattern)]),
        As {
            pattern: inner,
            name,
        } => sexp("as", &[pattern(inner), name.name.clone()]),
        Error => "<error>".into(),
    }
}
