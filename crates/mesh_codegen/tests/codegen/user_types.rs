//! Derived traits of user types: the Display, plain-Debug ("show") and Debug formats of §7.1,
//! also nested inside lists, options, tuples and other user types; structural equality and
//! ordering (§6.5); generic functions over user types.

use crate::common::*;

// Indices into `adts()`.
const POINT: u32 = 0;
const GEO_POINT: u32 = 1;
const USER: u32 = 2;
const SHAPE: u32 = 3;
const PERSON: u32 = 4;
const TEAM: u32 = 5;
const BOX: u32 = 6;
const LABELLED: u32 = 7;

fn ty(n: u32) -> Ty {
    adt(n, vec![])
}

/// Two types named `Point` in different modules (their helpers must not be confused), and one
/// of each kind of format.
fn adts() -> Vec<AdtDef> {
    let mut geo_point = struct_def(
        "Point",
        0,
        &[("x", Ty::INT), ("y", Ty::INT)],
        STRUCT_DEFAULT,
    );
    geo_point.module = "Geo".into();
    vec![
        // struct Point do x :: Int  y :: Int end deriving(Eq, Ord, Display, Debug)
        struct_def("Point", 0, &[("x", Ty::INT), ("y", Ty::INT)], ALL),
        // module Geo: struct Point do x :: Int  y :: Int end
        geo_point,
        // struct User do name :: String  age :: Int end
        struct_def(
            "User",
            0,
            &[("name", Ty::STRING), ("age", Ty::INT)],
            STRUCT_DEFAULT,
        ),
        // type Shape do Circle(Float) Rect(Float, Float) Empty end deriving(Eq, Ord, Display, Debug)
        sum_def(
            "Shape",
            0,
            &[
                ("Circle", vec![Ty::FLOAT]),
                ("Rect", vec![Ty::FLOAT, Ty::FLOAT]),
                ("Empty", vec![]),
            ],
            ALL,
        ),
        // type Person do Named(String) Anonymous end
        sum_def(
            "Person",
            0,
            &[("Named", vec![Ty::STRING]), ("Anonymous", vec![])],
            SUM_DEFAULT,
        ),
        // struct Team do name :: String  members :: List<String> end
        struct_def(
            "Team",
            0,
            &[("name", Ty::STRING), ("members", Ty::list(Ty::STRING))],
            STRUCT_DEFAULT,
        ),
        // struct Box<T> do value :: T end deriving(Eq, Ord, Display, Debug)
        struct_def("Box", 1, &[("value", Ty::Param(0))], ALL),
        // struct Labelled do at :: Geo.Point  who :: User end deriving(Display)
        struct_def(
            "Labelled",
            0,
            &[("at", ty(GEO_POINT)), ("who", ty(USER))],
            DISPLAY_ONLY,
        ),
    ]
}

fn point(x: i64, y: i64) -> Expr {
    struct_lit(ty(POINT), vec![(0, int(x)), (1, int(y))])
}

fn geo_point(x: i64, y: i64) -> Expr {
    struct_lit(ty(GEO_POINT), vec![(0, int(x)), (1, int(y))])
}

/// The name is built at run time, so equal users are never the same string object.
fn user(name: &str, age: i64) -> Expr {
    let name = concat(string(""), string(name));
    struct_lit(ty(USER), vec![(0, name), (1, int(age))])
}

fn circle(r: Expr) -> Expr {
    variant(ty(SHAPE), 0, vec![r])
}

fn rect(w: f64, h: f64) -> Expr {
    variant(ty(SHAPE), 1, vec![float(w), float(h)])
}

fn empty() -> Expr {
    variant(ty(SHAPE), 2, vec![])
}

fn named(name: &str) -> Expr {
    variant(ty(PERSON), 0, vec![string(name)])
}

fn anonymous() -> Expr {
    variant(ty(PERSON), 1, vec![])
}

fn team() -> Expr {
    let members = list(vec![string("Ada"), string("Bob")], Ty::STRING);
    struct_lit(ty(TEAM), vec![(1, members), (0, string("core"))])
}

fn boxed(v: Expr) -> Expr {
    struct_lit(adt(BOX, vec![v.ty.clone()]), vec![(0, v)])
}

fn labelled() -> Expr {
    struct_lit(
        ty(LABELLED),
        vec![(0, geo_point(1, 5)), (1, user("Ada", 36))],
    )
}

fn nan() -> Expr {
    div(float(0.0), float(0.0))
}

fn prints(body: Vec<Stmt>, expected: &str) {
    assert_prints(&program_with(vec![main_fn(&[], body)], 0, adts()), expected);
}

#[test]
fn show_formats() {
    let values = vec![
        point(1, 2),
        geo_point(1, 5),
        user("Ada", 36),
        circle(float(1.5)),
        rect(2.0, 4.5),
        empty(),
        named("Ada"),
        anonymous(),
        team(),
        boxed(int(42)),
        boxed(string("hello")),
        boxed(boxed(int(1))),
        labelled(),
        list(vec![circle(float(1.5)), empty()], ty(SHAPE)),
        some(user("Ada", 36)),
        list(vec![named("Ada"), anonymous()], ty(PERSON)),
        tuple(vec![point(1, 2), named("Ada"), string("x")]),
        ok(boxed(string("hi")), Ty::INT),
    ];
    prints(
        values.into_iter().map(|v| stmt(print_show(v))).collect(),
        "Point(1, 2)\n\
         Point { x: 1, y: 5 }\n\
         User { name: Ada, age: 36 }\n\
         Circle(1.5)\n\
         Rect(2, 4.5)\n\
         Empty\n\
         Named(Ada)\n\
         Anonymous\n\
         Team { name: core, members: [Ada, Bob] }\n\
         Box(42)\n\
         Box(hello)\n\
         Box(Box(1))\n\
         Labelled(Point { x: 1, y: 5 }, User { name: Ada, age: 36 })\n\
         [Circle(1.5), Empty]\n\
         Some(User { name: Ada, age: 36 })\n\
         [Named(Ada), Anonymous]\n\
         (Point(1, 2), Named(Ada), x)\n\
         Ok(Box(hi))\n",
    );
}

#[test]
fn debug_formats() {
    let values = vec![
        point(1, 2),
        geo_point(1, 5),
        user("Ada", 36),
        circle(float(1.5)),
        rect(2.0, 4.5),
        empty(),
        named("Ada"),
        team(),
        boxed(int(42)),
        boxed(string("hello")),
        some(user("Ada", 36)),
        list(vec![named("A\"da"), anonymous()], ty(PERSON)),
        tuple(vec![point(1, 2), named("Ada"), string("x")]),
    ];
    prints(
        values.into_iter().map(|v| stmt(print_debug(v))).collect(),
        "Point { x: 1, y: 2 }\n\
         Point { x: 1, y: 5 }\n\
         User { name: \"Ada\", age: 36 }\n\
         Circle(1.5)\n\
         Rect(2, 4.5)\n\
         Empty\n\
         Named(\"Ada\")\n\
         Team { name: \"core\", members: [\"Ada\", \"Bob\"] }\n\
         Box { value: 42 }\n\
         Box { value: \"hello\" }\n\
         Some(User { name: \"Ada\", age: 36 })\n\
         [Named(\"A\\\"da\"), Anonymous]\n\
         (Point { x: 1, y: 2 }, Named(\"Ada\"), \"x\")\n",
    );
}

#[test]
fn structural_equality() {
    let shapes = || list(vec![circle(float(1.0)), empty()], ty(SHAPE));
    let users = list(vec![user("Ada", 36), user("Bob", 7)], ty(USER));
    let checks = vec![
        eq(user("Ada", 36), user("Ada", 36)),
        eq(user("Ada", 36), user("Ada", 37)),
        ne(user("Ada", 36), user("Bob", 36)),
        eq(circle(float(1.5)), circle(float(1.5))),
        eq(circle(float(1.5)), rect(1.5, 1.5)),
        eq(empty(), empty()),
        eq(named("Ada"), anonymous()),
        eq(shapes(), shapes()),
        eq(some(user("Ada", 36)), some(user("Ada", 36))),
        eq(boxed(int(1)), boxed(int(1))),
        eq(boxed(string("a")), boxed(string("b"))),
        eq(circle(nan()), circle(nan())),
        builtin(Builtin::ListContains, vec![users, user("Bob", 7)], Ty::BOOL),
    ];
    prints(
        vec![stmt(print_show(list(checks, Ty::BOOL)))],
        "[true, false, true, true, false, true, false, true, true, true, false, false, true]\n",
    );
}

#[test]
fn ordering() {
    let checks = vec![
        lt(user("Ada", 36), user("Bob", 1)),
        lt(user("Ada", 36), user("Ada", 37)),
        compare(CompareOp::GtEq, user("Ada", 36), user("Ada", 36)),
        lt(circle(float(100.0)), rect(1.0, 1.0)),
        lt(rect(1.0, 2.0), rect(1.0, 3.0)),
        compare(CompareOp::Gt, empty(), rect(9.0, 9.0)),
        compare(CompareOp::Gt, anonymous(), named("Zed")),
        lt(boxed(string("a")), boxed(string("b"))),
        compare(
            CompareOp::Gt,
            list(vec![empty()], ty(SHAPE)),
            list(vec![circle(float(1.0))], ty(SHAPE)),
        ),
        lt(
            tuple(vec![circle(float(1.0)), int(2)]),
            tuple(vec![circle(float(1.0)), int(3)]),
        ),
        lt(point(2, 0), point(1, 9)),
        compare(CompareOp::LtEq, point(1, 9), point(1, 9)),
        lt(circle(nan()), circle(float(1.0))),
        compare(CompareOp::GtEq, circle(nan()), circle(float(1.0))),
    ];
    prints(
        vec![stmt(print_show(list(checks, Ty::BOOL)))],
        "[true, true, true, true, true, true, true, true, true, true, false, true, false, false]\n",
    );
}

/// ```mesh
/// fn describe(x :: T) -> String = "<${x}>"
/// fn same(a :: T, b :: T) -> Bool = a == b and not (a < b)
/// ```
/// used directly and as function values (`List.map(xs, describe)`) at two user types.
#[test]
fn generic_functions_over_user_types() {
    let t = || Ty::Param(0);
    let describe = generic_func(
        "describe",
        1,
        &[("x", t())],
        1,
        Ty::STRING,
        concat(concat(string("<"), show(var(0, t()))), string(">")),
    );
    let same_body = logic(
        LogicOp::And,
        eq(var(0, t()), var(1, t())),
        not(lt(var(0, t()), var(1, t()))),
    );
    let same = generic_func("same", 1, &[("a", t()), ("b", t())], 2, Ty::BOOL, same_body);
    let map_describe = |items: Vec<Expr>, elem: Ty| {
        let f = fn_ref(
            1,
            vec![elem.clone()],
            fun_ty(vec![elem.clone()], Ty::STRING),
        );
        builtin(
            Builtin::ListMap,
            vec![list(items, elem), f],
            Ty::list(Ty::STRING),
        )
    };
    let body = vec![
        stmt(print_show(map_describe(
            vec![point(1, 2), point(3, 4)],
            ty(POINT),
        ))),
        stmt(print_show(map_describe(
            vec![geo_point(1, 2)],
            ty(GEO_POINT),
        ))),
        stmt(print_show(map_describe(vec![empty()], ty(SHAPE)))),
        stmt(print_show(call_inst(
            2,
            vec![ty(USER)],
            vec![user("Ada", 36), user("Ada", 36)],
            Ty::BOOL,
        ))),
        stmt(print_show(call_inst(
            2,
            vec![ty(SHAPE)],
            vec![empty(), circle(float(2.0))],
            Ty::BOOL,
        ))),
    ];
    assert_prints(
        &program_with(vec![main_fn(&[], body), describe, same], 0, adts()),
        "[<Point(1, 2)>, <Point(3, 4)>]\n[<Point { x: 1, y: 2 }>]\n[<Empty>]\ntrue\nfalse\n",
    );
}
