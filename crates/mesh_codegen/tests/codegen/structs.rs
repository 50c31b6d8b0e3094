//! User structs (§5.10): literals (evaluated in source order), field access, functional update,
//! struct patterns, structs without fields, and a generic struct instantiated at two types.

use crate::common::*;

/// `struct Point do x :: Int  y :: Int end` (default derives).
fn point_ty() -> Ty {
    adt(0, vec![])
}

/// `struct Line do from :: Point  to :: Point  label :: String end` (default derives).
fn line_ty() -> Ty {
    adt(1, vec![])
}

fn geometry() -> Vec<AdtDef> {
    vec![
        struct_def(
            "Point",
            0,
            &[("x", Ty::INT), ("y", Ty::INT)],
            STRUCT_DEFAULT,
        ),
        struct_def(
            "Line",
            0,
            &[
                ("from", point_ty()),
                ("to", point_ty()),
                ("label", Ty::STRING),
            ],
            STRUCT_DEFAULT,
        ),
    ]
}

fn point(x: i64, y: i64) -> Expr {
    struct_lit(point_ty(), vec![(0, int(x)), (1, int(y))])
}

/// `do println(text); value end`: a value whose evaluation is visible.
fn traced(text: &str, value: Expr) -> Expr {
    block(vec![stmt(println(string(text))), stmt(value)])
}

#[test]
fn literal_field_and_update() {
    let p = || var(0, point_ty());
    let q = || var(1, point_ty());
    let line = struct_lit(
        line_ty(),
        vec![(2, string("diagonal")), (1, point(3, 4)), (0, point(0, 0))],
    );
    let body = vec![
        // Point { y: …, x: … }: initialisers run in source order.
        let_(
            0,
            struct_lit(
                point_ty(),
                vec![(1, traced("y", int(2))), (0, traced("x", int(1)))],
            ),
        ),
        stmt(println(concat(
            concat(show(field(p(), 0, Ty::INT)), string(" ")),
            show(field(p(), 1, Ty::INT)),
        ))),
        // %{p | y: …}: the base first, then the new values; `p` is unchanged.
        let_(
            1,
            update(traced("base", p()), vec![(1, traced("new y", int(5)))]),
        ),
        stmt(print_show(q())),
        stmt(print_show(p())),
        stmt(print_show(update(q(), vec![(1, int(8)), (0, int(7))]))),
        stmt(print_show(field(field(line, 1, point_ty()), 1, Ty::INT))),
    ];
    let main = main_fn(&[("p", point_ty()), ("q", point_ty())], body);
    assert_prints(
        &program_with(vec![main], 0, geometry()),
        "y\nx\n1 2\nbase\nnew y\nPoint { x: 1, y: 5 }\nPoint { x: 1, y: 2 }\nPoint { x: 7, y: 8 }\n4\n",
    );
}

/// ```mesh
/// fn where(p :: Point) -> String do
///   case p do
///     Point { x: 0, y: 0 } -> "origin"
///     Point { x: 0 } -> "on the y axis"
///     Point { y: 0, x: x } when x > 0 -> "right, on the x axis at ${x}"
///     Point { x: x, y: y } -> "at ${x}, ${y}"
///   end
/// end
/// ```
fn where_fn() -> Function {
    let x = || var(1, Ty::INT);
    let y = || var(2, Ty::INT);
    let arms = vec![
        arm(
            pstruct(point_ty(), vec![(0, pint(0)), (1, pint(0))]),
            None,
            string("origin"),
        ),
        arm(
            pstruct(point_ty(), vec![(0, pint(0))]),
            None,
            string("on the y axis"),
        ),
        arm(
            pstruct(point_ty(), vec![(1, pint(0)), (0, pbind(1, Ty::INT))]),
            Some(compare(CompareOp::Gt, x(), int(0))),
            concat(string("right, on the x axis at "), show(x())),
        ),
        arm(
            pstruct(
                point_ty(),
                vec![(0, pbind(1, Ty::INT)), (1, pbind(2, Ty::INT))],
            ),
            None,
            concat(
                concat(concat(string("at "), show(x())), string(", ")),
                show(y()),
            ),
        ),
    ];
    func(
        "where",
        &[("p", point_ty()), ("x", Ty::INT), ("y", Ty::INT)],
        1,
        Ty::STRING,
        case(var(0, point_ty()), arms, Ty::STRING),
    )
}

#[test]
fn struct_patterns() {
    let where_ = |x, y| stmt(println(call(1, vec![point(x, y)], Ty::STRING)));
    let line = struct_lit(
        line_ty(),
        vec![(0, point(5, 6)), (1, point(7, 8)), (2, string("segment"))],
    );
    // let Line { from: Point { x: a }, label: l } = line
    let destructure = pstruct(
        line_ty(),
        vec![
            (0, pstruct(point_ty(), vec![(0, pbind(0, Ty::INT))])),
            (2, pbind(1, Ty::STRING)),
        ],
    );
    let body = vec![
        where_(0, 0),
        where_(0, 3),
        where_(4, 0),
        where_(-4, 0),
        where_(1, 2),
        let_pat(destructure, line),
        stmt(println(concat(
            concat(var(1, Ty::STRING), string(": ")),
            show(var(0, Ty::INT)),
        ))),
    ];
    let main = main_fn(&[("a", Ty::INT), ("l", Ty::STRING)], body);
    assert_prints(
        &program_with(vec![main, where_fn()], 0, geometry()),
        "origin\non the y axis\nright, on the x axis at 4\nat -4, 0\nat 1, 2\nsegment: 5\n",
    );
}

#[test]
fn structs_without_fields() {
    // struct Nothing do end (default derives); struct Marker do end deriving(…Display…)
    let adts = vec![
        struct_def("Nothing", 0, &[], STRUCT_DEFAULT),
        struct_def("Marker", 0, &[], ALL),
    ];
    let nothing = || struct_lit(adt(0, vec![]), vec![]);
    let marker = || struct_lit(adt(1, vec![]), vec![]);
    let body = vec![
        stmt(print_show(nothing())),
        stmt(print_debug(nothing())),
        stmt(print_show(marker())),
        stmt(print_debug(marker())),
        stmt(print_show(eq(nothing(), update(nothing(), vec![])))),
        stmt(print_show(lt(marker(), marker()))),
    ];
    assert_prints(
        &program_with(vec![main_fn(&[], body)], 0, adts),
        "Nothing {}\nNothing {}\nMarker()\nMarker {}\ntrue\nfalse\n",
    );
}

/// `struct Box<T> do value :: T end deriving(Eq, Ord, Display, Debug)`, used by generic
/// functions at `Int` and at `String`:
///
/// ```mesh
/// fn unwrap(b :: Box<T>) -> T = b.value
/// fn rebox(b :: Box<T>, v :: T) -> Box<T> = %{b | value: v}
/// fn peek(b :: Box<T>) -> String = case b do Box { value: v } -> "<${v}>" end
/// ```
#[test]
fn generic_struct_at_two_types() {
    let t = || Ty::Param(0);
    let box_of = |ty: Ty| adt(0, vec![ty]);
    let unwrap = generic_func(
        "unwrap",
        1,
        &[("b", box_of(t()))],
        1,
        t(),
        field(var(0, box_of(t())), 0, t()),
    );
    let rebox = generic_func(
        "rebox",
        1,
        &[("b", box_of(t())), ("v", t())],
        2,
        box_of(t()),
        update(var(0, box_of(t())), vec![(0, var(1, t()))]),
    );
    let peek_arm = arm(
        pstruct(box_of(t()), vec![(0, pbind(1, t()))]),
        None,
        concat(concat(string("<"), show(var(1, t()))), string(">")),
    );
    let peek = generic_func(
        "peek",
        1,
        &[("b", box_of(t())), ("v", t())],
        1,
        Ty::STRING,
        case(var(0, box_of(t())), vec![peek_arm], Ty::STRING),
    );
    let boxed = |v: Expr| struct_lit(box_of(v.ty.clone()), vec![(0, v)]);
    let at = |ty: Ty, fun: u32, args: Vec<Expr>, ret: Ty| call_inst(fun, vec![ty], args, ret);
    let body = vec![
        stmt(print_show(at(Ty::INT, 1, vec![boxed(int(42))], Ty::INT))),
        stmt(print_show(at(
            Ty::STRING,
            1,
            vec![boxed(string("hello"))],
            Ty::STRING,
        ))),
        stmt(print_show(at(
            Ty::INT,
            2,
            vec![boxed(int(1)), int(2)],
            box_of(Ty::INT),
        ))),
        stmt(print_debug(at(
            Ty::STRING,
            2,
            vec![boxed(string("a")), string("b")],
            box_of(Ty::STRING),
        ))),
        stmt(println(at(Ty::INT, 3, vec![boxed(int(7))], Ty::STRING))),
        stmt(println(at(
            Ty::STRING,
            3,
            vec![boxed(string("seven"))],
            Ty::STRING,
        ))),
        stmt(print_show(boxed(boxed(int(1))))),
        stmt(print_debug(boxed(boxed(string("x"))))),
    ];
    let adts = vec![struct_def("Box", 1, &[("value", t())], ALL)];
    assert_prints(
        &program_with(vec![main_fn(&[], body), unwrap, rebox, peek], 0, adts),
        "42\nhello\nBox(2)\nBox { value: \"b\" }\n<7>\n<seven>\nBox(Box(1))\nBox { value: Box { value: \"x\" } }\n",
    );
}
