//! Maps and sets (STDLIB.md §5.6, §5.7): literals, the library functions with the key type's
//! helpers, `Map.get`'s default or panic, `for` over entries, keys and elements, and equality,
//! ordering, hashing and formatting of maps and sets nested in other values.

use crate::common::*;

fn map_ty(key: Ty, value: Ty) -> Ty {
    Ty::Con(TyCon::Map, vec![key, value])
}

fn set_ty(elem: Ty) -> Ty {
    Ty::Con(TyCon::Set, vec![elem])
}

fn map_lit(entries: Vec<(Expr, Expr)>, key: Ty, value: Ty) -> Expr {
    e(ExprKind::MapLit(entries), map_ty(key, value))
}

/// `%{"a" => 1, …}`.
fn str_int_map(entries: &[(&str, i64)]) -> Expr {
    let entries = entries.iter().map(|(k, v)| (string(k), int(*v))).collect();
    map_lit(entries, Ty::STRING, Ty::INT)
}

fn int_set(items: &[i64]) -> Expr {
    builtin(Builtin::SetFromList, vec![ints(items)], set_ty(Ty::INT))
}

fn for_map(pattern: Pattern, map: Expr, entries: bool, filter: Option<Expr>, body: Expr) -> Expr {
    let ty = Ty::list(body.ty.clone());
    let source = ForSource::Map {
        map: Box::new(map),
        entries,
    };
    e(
        ExprKind::For {
            pattern,
            source,
            filter: filter.map(Box::new),
            body: Box::new(body),
        },
        ty,
    )
}

fn for_set(pattern: Pattern, set: Expr, body: Expr) -> Expr {
    let ty = Ty::list(body.ty.clone());
    let source = ForSource::Set(Box::new(set));
    e(
        ExprKind::For {
            pattern,
            source,
            filter: None,
            body: Box::new(body),
        },
        ty,
    )
}

fn hash(x: Expr) -> Expr {
    e(ExprKind::Hash(Box::new(x)), Ty::INT)
}

#[test]
fn literals_and_library_functions() {
    let m_ty = map_ty(Ty::STRING, Ty::INT);
    let m = || var(0, m_ty.clone());
    let s = || var(1, set_ty(Ty::INT));
    let map_fn = |b: Builtin, args: Vec<Expr>, ty: Ty| builtin(b, args, ty);
    let pair = |k: &str, v: i64| tuple(vec![string(k), int(v)]);
    let pair_ty = Ty::Tuple(vec![Ty::STRING, Ty::INT]);
    let body = vec![
        // A repeated key keeps its first position and the last value.
        let_(0, str_int_map(&[("a", 1), ("b", 2), ("a", 3)])),
        let_(1, int_set(&[3, 1, 3, 2])),
        stmt(print_show(m())),
        stmt(print_debug(m())),
        stmt(print_show(map_fn(
            Builtin::MapGet,
            vec![m(), string("b")],
            Ty::INT,
        ))),
        stmt(print_show(map_fn(
            Builtin::MapGet,
            vec![m(), string("zz")],
            Ty::INT,
        ))),
        stmt(print_show(map_fn(
            Builtin::MapSize,
            vec![map_fn(
                Builtin::MapPut,
                vec![m(), string("c"), int(4)],
                m_ty.clone(),
            )],
            Ty::INT,
        ))),
        stmt(print_show(map_fn(
            Builtin::MapDelete,
            vec![m(), string("a")],
            m_ty.clone(),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapFetch,
            vec![m(), string("a")],
            Ty::option(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapFetch,
            vec![m(), string("q")],
            Ty::option(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapKeys,
            vec![m()],
            Ty::list(Ty::STRING),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapValues,
            vec![m()],
            Ty::list(Ty::INT),
        ))),
        stmt(print_debug(map_fn(
            Builtin::MapToList,
            vec![m()],
            Ty::list(pair_ty.clone()),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapMerge,
            vec![m(), str_int_map(&[("c", 9), ("a", 0)])],
            m_ty.clone(),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapFromList,
            vec![list(
                vec![pair("x", 1), pair("y", 5), pair("x", 2)],
                pair_ty,
            )],
            m_ty.clone(),
        ))),
        stmt(print_show(map_fn(
            Builtin::MapGetOr,
            vec![m(), string("q"), int(-1)],
            Ty::INT,
        ))),
        stmt(print_show(map_fn(
            Builtin::MapHasKey,
            vec![m(), string("a")],
            Ty::BOOL,
        ))),
        stmt(print_show(s())),
        stmt(print_show(map_fn(
            Builtin::SetUnion,
            vec![s(), int_set(&[5, 1])],
            set_ty(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::SetIntersection,
            vec![s(), int_set(&[2, 9])],
            set_ty(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::SetDifference,
            vec![s(), int_set(&[2])],
            set_ty(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::SetRemove,
            vec![s(), int(3)],
            set_ty(Ty::INT),
        ))),
        stmt(print_show(map_fn(
            Builtin::SetContains,
            vec![s(), int(2)],
            Ty::BOOL,
        ))),
        stmt(print_show(map_fn(
            Builtin::SetToList,
            vec![s()],
            Ty::list(Ty::INT),
        ))),
        stmt(print_show(map_fn(Builtin::SetSize, vec![s()], Ty::INT))),
        stmt(print_debug(map_fn(
            Builtin::SetAdd,
            vec![
                map_fn(Builtin::SetNew, vec![], set_ty(Ty::STRING)),
                string("x"),
            ],
            set_ty(Ty::STRING),
        ))),
        stmt(print_show(map_lit(vec![], Ty::INT, Ty::INT))),
    ];
    let locals = [("m", m_ty.clone()), ("s", set_ty(Ty::INT))];
    assert_prints(
        &main_only(&locals, body),
        "%{a => 3, b => 2}\n\
         %{\"a\" => 3, \"b\" => 2}\n\
         2\n\
         0\n\
         3\n\
         %{b => 2}\n\
         Some(3)\n\
         None\n\
         [a, b]\n\
         [3, 2]\n\
         [(\"a\", 3), (\"b\", 2)]\n\
         %{a => 0, b => 2, c => 9}\n\
         %{x => 2, y => 5}\n\
         -1\n\
         true\n\
         #{3, 1, 2}\n\
         #{3, 1, 2, 5}\n\
         #{2}\n\
         #{3, 1}\n\
         #{1, 2}\n\
         true\n\
         [3, 1, 2]\n\
         3\n\
         #{\"x\"}\n\
         %{}\n",
    );
}

// Functions of the `Map.get` programs; `main` is function 0.
const LOOKUP: u32 = 1;
const CFG_DEFAULT: u32 = 2;
// User types.
const CFG: u32 = 0;

/// `fn lookup<K, V>(m :: Map<K, V>, k :: K) -> V = Map.get(m, k)`.
fn lookup() -> Function {
    let (k, v) = (Ty::Param(0), Ty::Param(1));
    let m_ty = map_ty(k.clone(), v.clone());
    generic_func(
        "lookup",
        2,
        &[("m", m_ty.clone()), ("k", k.clone())],
        2,
        v.clone(),
        builtin(Builtin::MapGet, vec![var(0, m_ty), var(1, k)], v),
    )
}

/// `impl Default for Cfg do fn default() do println("made"); Cfg { n: 7 } end end`.
fn cfg_default() -> Function {
    let cfg = adt(CFG, vec![]);
    func(
        "default",
        &[],
        0,
        cfg.clone(),
        block(vec![
            stmt(println(string("made"))),
            stmt(struct_lit(cfg, vec![(0, int(7))])),
        ]),
    )
}

fn get_program(main: Function) -> Program {
    let cfg = struct_def("Cfg", 0, &[("n", Ty::INT)], STRUCT_DEFAULT);
    let impls = vec![impl_def(
        "Default",
        adt(CFG, vec![]),
        0,
        &[("default", CFG_DEFAULT)],
    )];
    program_with_impls(vec![main, lookup(), cfg_default()], 0, vec![cfg], impls)
}

/// A missing key gives the value type's `Default` — made only when the key is missing for a
/// tuple or a user `impl Default` — also inside a generic function instantiated at several
/// types.
#[test]
fn map_get_gives_the_default_of_the_value_type() {
    let cfg = adt(CFG, vec![]);
    let get = |m: Expr, k: Expr, v: Ty| builtin(Builtin::MapGet, vec![m, k], v);
    let call_lookup = |m: Expr, k: Expr, key: Ty, value: Ty| {
        call_inst(LOOKUP, vec![key, value.clone()], vec![m, k], value)
    };
    let pair_ty = Ty::Tuple(vec![Ty::INT, Ty::STRING]);
    let pairs = map_lit(
        vec![(string("p"), tuple(vec![int(1), string("x")]))],
        Ty::STRING,
        pair_ty.clone(),
    );
    let cfgs = || {
        map_lit(
            vec![(int(1), struct_lit(cfg.clone(), vec![(0, int(5))]))],
            Ty::INT,
            cfg.clone(),
        )
    };
    let options = map_lit(
        vec![(int(1), some(string("one")))],
        Ty::INT,
        Ty::option(Ty::STRING),
    );
    let body = vec![
        stmt(print_debug(get(
            pairs.clone(),
            string("p"),
            pair_ty.clone(),
        ))),
        stmt(print_debug(get(pairs, string("q"), pair_ty))),
        stmt(print_show(field(
            get(cfgs(), int(1), cfg.clone()),
            0,
            Ty::INT,
        ))),
        stmt(print_show(field(
            get(cfgs(), int(2), cfg.clone()),
            0,
            Ty::INT,
        ))),
        stmt(print_show(call_lookup(
            str_int_map(&[("a", 1)]),
            string("b"),
            Ty::STRING,
            Ty::INT,
        ))),
        stmt(print_show(call_lookup(
            options.clone(),
            int(1),
            Ty::INT,
            Ty::option(Ty::STRING),
        ))),
        stmt(print_show(call_lookup(
            options,
            int(2),
            Ty::INT,
            Ty::option(Ty::STRING),
        ))),
        stmt(print_show(field(
            call_lookup(cfgs(), int(3), Ty::INT, cfg.clone()),
            0,
            Ty::INT,
        ))),
    ];
    assert_prints(
        &get_program(main_fn(&[], body)),
        "(1, \"x\")\n(0, \"\")\n5\nmade\n7\n0\nSome(one)\nNone\nmade\n7\n",
    );
}

/// A value type without `Default` (here `Atom`): a missing key panics with the key in Debug
/// form.
#[test]
fn map_get_without_a_default_panics_with_the_key() {
    let key_ty = Ty::Tuple(vec![Ty::INT, Ty::STRING]);
    let m = map_lit(
        vec![(tuple(vec![int(1), string("a")]), atom("first"))],
        key_ty.clone(),
        Ty::ATOM,
    );
    let call_lookup = |k: Expr| {
        call_inst(
            LOOKUP,
            vec![key_ty.clone(), Ty::ATOM],
            vec![var(0, map_ty(key_ty.clone(), Ty::ATOM)), k],
            Ty::ATOM,
        )
    };
    let body = vec![
        let_(0, m),
        stmt(print_show(call_lookup(tuple(vec![int(1), string("a")])))),
        stmt(print_show(call_lookup(tuple(vec![int(1), string("b")])))),
        stmt(println(string("unreachable"))),
    ];
    let main = main_fn(&[("m", map_ty(key_ty.clone(), Ty::ATOM))], body);
    assert_crashes(&get_program(main), "first\n", "key not found: (1, \"b\")");
}

/// `for {k, v} in m` (with a filter, `continue` and `break`), `for k in m`, an entry bound whole
/// (a `(k, v)` tuple), `for x in s`, and an empty map.
#[test]
fn for_over_maps_and_sets() {
    let m_ty = map_ty(Ty::STRING, Ty::INT);
    let m = || var(0, m_ty.clone());
    let k = || var(1, Ty::STRING);
    let v = || var(2, Ty::INT);
    let pair_ty = Ty::Tuple(vec![Ty::STRING, Ty::INT]);
    let kv = || ptuple(vec![pbind(1, Ty::STRING), pbind(2, Ty::INT)]);
    let entries = for_map(
        kv(),
        m(),
        true,
        Some(lt(int(1), v())),
        block(vec![
            stmt(if_(eq(k(), string("c")), cont())),
            stmt(if_(eq(k(), string("e")), brk())),
            stmt(concat(concat(k(), string("=")), show(v()))),
        ]),
    );
    let keys = for_map(pbind(1, Ty::STRING), m(), false, None, k());
    let whole = for_map(
        pbind(3, pair_ty.clone()),
        m(),
        true,
        None,
        var(3, pair_ty.clone()),
    );
    let values = for_map(
        ptuple(vec![pwild(Ty::STRING), pbind(2, Ty::INT)]),
        m(),
        true,
        None,
        mul(v(), int(10)),
    );
    let elements = for_set(pbind(2, Ty::INT), int_set(&[4, 1, 4, 2]), add(v(), int(1)));
    let empty = for_map(kv(), map_lit(vec![], Ty::STRING, Ty::INT), true, None, v());
    let body = vec![
        let_(
            0,
            str_int_map(&[("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5), ("f", 6)]),
        ),
        stmt(print_show(entries)),
        stmt(print_show(keys)),
        stmt(print_debug(whole)),
        stmt(print_show(values)),
        stmt(print_show(elements)),
        stmt(print_show(empty)),
    ];
    let locals = [
        ("m", m_ty.clone()),
        ("k", Ty::STRING),
        ("v", Ty::INT),
        ("entry", pair_ty),
    ];
    assert_prints(
        &main_only(&locals, body),
        "[b=2, d=4]\n\
         [a, b, c, d, e, f]\n\
         [(\"a\", 1), (\"b\", 2), (\"c\", 3), (\"d\", 4), (\"e\", 5), (\"f\", 6)]\n\
         [10, 20, 30, 40, 50, 60]\n\
         [5, 2, 3]\n\
         []\n",
    );
}

/// Equality and hashing ignore insertion order; ordering sorts entries by key; formatting uses
/// show or Debug for the components — also for maps and sets inside lists, options and tuples,
/// through the per-type helpers.
#[test]
fn maps_and_sets_inside_other_values() {
    let m_ty = map_ty(Ty::STRING, Ty::INT);
    let ab = || str_int_map(&[("a", 1), ("b", 2)]);
    let ba = || str_int_map(&[("b", 2), ("a", 1)]);
    let set_pair = || tuple(vec![int_set(&[1, 2]), string("s")]);
    let int_map = |entries: &[(i64, i64)]| {
        let entries = entries.iter().map(|(k, v)| (int(*k), int(*v))).collect();
        map_lit(entries, Ty::INT, Ty::INT)
    };
    let body = vec![
        stmt(print_show(eq(ab(), ba()))),
        stmt(print_show(eq(
            list(vec![ab()], m_ty.clone()),
            list(vec![ba()], m_ty.clone()),
        ))),
        stmt(print_show(ne(some(ab()), some(str_int_map(&[("a", 1)]))))),
        stmt(print_show(eq(hash(ab()), hash(ba())))),
        stmt(print_show(eq(
            hash(int_map(&[(1, 2)])),
            hash(tuple(vec![int(1), int(2)])),
        ))),
        stmt(print_show(eq(hash(int_set(&[7])), hash(int(7))))),
        stmt(print_show(hash(map_lit(vec![], Ty::INT, Ty::INT)))),
        stmt(print_show(lt(
            int_map(&[(2, 0), (1, 9)]),
            int_map(&[(1, 9), (3, 0)]),
        ))),
        stmt(print_show(lt(int_set(&[3, 1]), int_set(&[2, 1])))),
        stmt(print_show(list(vec![ab(), ba()], m_ty.clone()))),
        stmt(print_debug(some(ab()))),
        stmt(print_show(set_pair())),
        stmt(print_debug(set_pair())),
        stmt(print_debug(map_lit(
            vec![(atom("k"), int_set(&[1]))],
            Ty::ATOM,
            set_ty(Ty::INT),
        ))),
    ];
    assert_prints(
        &main_only(&[], body),
        "true\ntrue\ntrue\ntrue\ntrue\ntrue\n0\ntrue\nfalse\n\
         [%{a => 1, b => 2}, %{b => 2, a => 1}]\n\
         Some(%{\"a\" => 1, \"b\" => 2})\n\
         (#{1, 2}, s)\n\
         (#{1, 2}, \"s\")\n\
         %{:k => #{1}}\n",
    );
}

/// An entry matched by a pair pattern is bound without allocating a tuple, and a default that
/// costs nothing is passed to `mesh_rt_map_get_or` (no `fetch`, no `Some`).
#[test]
fn map_loops_and_lookups_do_not_allocate() {
    let m_ty = map_ty(Ty::STRING, Ty::INT);
    let kv = ptuple(vec![pbind(1, Ty::STRING), pbind(2, Ty::INT)]);
    let body = vec![
        let_(0, str_int_map(&[("a", 1)])),
        stmt(print_show(for_map(
            kv,
            var(0, m_ty.clone()),
            true,
            None,
            var(1, Ty::STRING),
        ))),
        stmt(print_show(builtin(
            Builtin::MapGet,
            vec![var(0, m_ty.clone()), string("b")],
            Ty::INT,
        ))),
    ];
    let locals = [("m", m_ty), ("k", Ty::STRING), ("v", Ty::INT)];
    let options = Options {
        opt_level: 0,
        target_triple: None,
    };
    let ir = emit_llvm_ir(&main_only(&locals, body), &options).expect("IR");
    assert!(ir.contains("call i64 @mesh_rt_map_iter_next"), "{ir}");
    assert!(ir.contains("call i64 @mesh_rt_map_get_or("), "{ir}");
    assert!(!ir.contains("call ptr @mesh_rt_alloc"), "{ir}");
    assert!(!ir.contains("@mesh_rt_map_fetch"), "{ir}");
}

/// A call whose map argument never returns is unreachable: it compiles without asking for
/// helpers of the wrong type (the result of `Map.get` here is a map whose keys are functions,
/// which have no equality).
#[test]
fn unreachable_map_calls_compile() {
    let fn_key = fun_ty(vec![Ty::INT], Ty::INT);
    let value = map_ty(fn_key, Ty::INT);
    let body = vec![
        stmt(println(string("start"))),
        stmt(print_show(builtin(
            Builtin::MapSize,
            vec![builtin(
                Builtin::MapGet,
                vec![ret(unit()), string("a")],
                value.clone(),
            )],
            Ty::INT,
        ))),
    ];
    assert_prints(&main_only(&[], body), "start\n");
}

/// Keys need only `Eq` and `Hash`: a missing key of a type without Debug or Display is shown
/// by its bare type name.
#[test]
fn a_missing_key_without_debug_shows_its_type_name() {
    let key = adt(0, vec![]);
    let eq_hash = Derives {
        eq: true,
        hash: true,
        ..NOTHING
    };
    let key_def = struct_def("Key", 0, &[("id", Ty::INT)], eq_hash);
    let k = |n: i64| struct_lit(key.clone(), vec![(0, int(n))]);
    let m = map_lit(vec![(k(1), atom("one"))], key.clone(), Ty::ATOM);
    let body = vec![
        let_(0, m),
        stmt(print_show(builtin(
            Builtin::MapGet,
            vec![var(0, map_ty(key.clone(), Ty::ATOM)), k(1)],
            Ty::ATOM,
        ))),
        stmt(print_show(builtin(
            Builtin::MapGet,
            vec![var(0, map_ty(key.clone(), Ty::ATOM)), k(2)],
            Ty::ATOM,
        ))),
    ];
    let main = main_fn(&[("m", map_ty(key.clone(), Ty::ATOM))], body);
    assert_crashes(
        &program_with(vec![main], 0, vec![key_def]),
        "one\n",
        "key not found: Key",
    );
}

/// `Map.get` may call a user `impl Default`, so a constant initialiser using it counts as
/// calling code: the default reading a later constant panics instead of reading 0.
#[test]
fn a_default_made_for_a_constant_reads_constants_checked() {
    let cfg = adt(CFG, vec![]);
    let default = func(
        "default",
        &[],
        0,
        cfg.clone(),
        struct_lit(cfg.clone(), vec![(0, constant(1, Ty::INT))]),
    );
    let configs = map_lit(
        vec![(int(1), struct_lit(cfg.clone(), vec![(0, int(5))]))],
        Ty::INT,
        cfg.clone(),
    );
    let first = builtin(Builtin::MapGet, vec![configs, int(2)], cfg.clone());
    let main = main_fn(
        &[],
        vec![stmt(print_show(field(
            constant(0, cfg.clone()),
            0,
            Ty::INT,
        )))],
    );
    let cfg_def = struct_def("Cfg", 0, &[("n", Ty::INT)], STRUCT_DEFAULT);
    let impls = vec![impl_def("Default", cfg, 0, &[("default", 1)])];
    let mut program = program_with_impls(vec![main, default], 0, vec![cfg_def], impls);
    program.constants = vec![const_def("first", first), const_def("later", int(5))];
    assert_crashes(&program, "", "constant `later` used before initialisation");
}
