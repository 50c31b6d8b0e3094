//! User sum types (§5.11): construction, matching (nested variant patterns, or-patterns,
//! guards), recursive and generic types.

use crate::common::*;

/// `type Shape do Circle(Float) Rect(Float, Float) Empty end deriving(Eq, Ord, Display, Debug)`.
fn shape_ty() -> Ty {
    adt(0, vec![])
}

/// `type Expr do Num(Int) Add(Expr, Expr) Neg(Expr) end` (default derives).
fn expr_ty() -> Ty {
    adt(1, vec![])
}

fn adts() -> Vec<AdtDef> {
    vec![
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
        sum_def(
            "Expr",
            0,
            &[
                ("Num", vec![Ty::INT]),
                ("Add", vec![expr_ty(), expr_ty()]),
                ("Neg", vec![expr_ty()]),
            ],
            SUM_DEFAULT,
        ),
    ]
}

fn circle(r: f64) -> Expr {
    variant(shape_ty(), 0, vec![float(r)])
}

fn rect(w: f64, h: f64) -> Expr {
    variant(shape_ty(), 1, vec![float(w), float(h)])
}

fn empty() -> Expr {
    variant(shape_ty(), 2, vec![])
}

fn num(n: i64) -> Expr {
    variant(expr_ty(), 0, vec![int(n)])
}

fn add_e(a: Expr, b: Expr) -> Expr {
    variant(expr_ty(), 1, vec![a, b])
}

fn neg_e(a: Expr) -> Expr {
    variant(expr_ty(), 2, vec![a])
}

fn pnum(p: Pattern) -> Pattern {
    pvariant(expr_ty(), 0, vec![p])
}

fn padd(a: Pattern, b: Pattern) -> Pattern {
    pvariant(expr_ty(), 1, vec![a, b])
}

fn pneg(a: Pattern) -> Pattern {
    pvariant(expr_ty(), 2, vec![a])
}

/// ```mesh
/// fn area(s :: Shape) -> Float do
///   case s do
///     Circle(r) -> 3.0 * r * r
///     Rect(w, h) -> w * h
///     Empty -> 0.0
///   end
/// end
/// ```
fn area_fn() -> Function {
    let f = |id| var(id, Ty::FLOAT);
    let arms = vec![
        arm(
            pvariant(shape_ty(), 0, vec![pbind(1, Ty::FLOAT)]),
            None,
            mul(mul(float(3.0), f(1)), f(1)),
        ),
        arm(
            pvariant(
                shape_ty(),
                1,
                vec![pbind(1, Ty::FLOAT), pbind(2, Ty::FLOAT)],
            ),
            None,
            mul(f(1), f(2)),
        ),
        arm(pvariant(shape_ty(), 2, vec![]), None, float(0.0)),
    ];
    func(
        "area",
        &[("s", shape_ty()), ("a", Ty::FLOAT), ("b", Ty::FLOAT)],
        1,
        Ty::FLOAT,
        case(var(0, shape_ty()), arms, Ty::FLOAT),
    )
}

#[test]
fn construction_and_matching() {
    let shapes = list(vec![circle(1.0), rect(2.0, 4.5), empty()], shape_ty());
    let areas = for_list(
        pbind(0, shape_ty()),
        shapes.clone(),
        None,
        call(1, vec![var(0, shape_ty())], Ty::FLOAT),
    );
    let body = vec![
        stmt(print_show(areas)),
        stmt(print_show(shapes)),
        stmt(print_debug(rect(0.5, -2.0))),
    ];
    let main = main_fn(&[("s", shape_ty())], body);
    assert_prints(
        &program_with(vec![main, area_fn()], 0, adts()),
        "[3, 9, 0]\n[Circle(1), Rect(2, 4.5), Empty]\nRect(0.5, -2)\n",
    );
}

/// ```mesh
/// fn eval(e :: Expr) -> Int do
///   case e do
///     Num(n) -> n
///     Add(Num(0), r) -> eval(r)
///     Add(l, r) -> eval(l) + eval(r)
///     Neg(Neg(x)) -> eval(x)
///     Neg(x) -> 0 - eval(x)
///   end
/// end
/// ```
fn eval_fn() -> Function {
    let e = |id| var(id, expr_ty());
    let eval = |x: Expr| call(1, vec![x], Ty::INT);
    let arms = vec![
        arm(pnum(pbind(1, Ty::INT)), None, var(1, Ty::INT)),
        arm(padd(pnum(pint(0)), pbind(3, expr_ty())), None, eval(e(3))),
        arm(
            padd(pbind(2, expr_ty()), pbind(3, expr_ty())),
            None,
            add(eval(e(2)), eval(e(3))),
        ),
        arm(pneg(pneg(pbind(2, expr_ty()))), None, eval(e(2))),
        arm(pneg(pbind(2, expr_ty())), None, neg(eval(e(2)))),
    ];
    func(
        "eval",
        &[
            ("e", expr_ty()),
            ("n", Ty::INT),
            ("l", expr_ty()),
            ("r", expr_ty()),
        ],
        1,
        Ty::INT,
        case(e(0), arms, Ty::INT),
    )
}

/// ```mesh
/// fn describe(e :: Expr) -> String do
///   case e do
///     Add(Num(0), r) -> "zero plus ${r}"
///     Neg(Neg(x)) -> "double negation of ${x}"
///     Num(n) when n < 0 -> "negative literal"
///     Num(n) -> "literal ${n}"
///     Add(_, _) | Neg(_) -> "compound"
///   end
/// end
/// ```
fn describe_fn() -> Function {
    let n = || var(1, Ty::INT);
    let x = || var(2, expr_ty());
    let arms = vec![
        arm(
            padd(pnum(pint(0)), pbind(2, expr_ty())),
            None,
            concat(string("zero plus "), show(x())),
        ),
        arm(
            pneg(pneg(pbind(2, expr_ty()))),
            None,
            concat(string("double negation of "), show(x())),
        ),
        arm(
            pnum(pbind(1, Ty::INT)),
            Some(lt(n(), int(0))),
            string("negative literal"),
        ),
        arm(
            pnum(pbind(1, Ty::INT)),
            None,
            concat(string("literal "), show(n())),
        ),
        arm(
            por(vec![
                padd(pwild(expr_ty()), pwild(expr_ty())),
                pneg(pwild(expr_ty())),
            ]),
            None,
            string("compound"),
        ),
    ];
    func(
        "describe",
        &[("e", expr_ty()), ("n", Ty::INT), ("x", expr_ty())],
        1,
        Ty::STRING,
        case(var(0, expr_ty()), arms, Ty::STRING),
    )
}

#[test]
fn nested_variant_patterns_on_a_recursive_type() {
    let sample = || add_e(num(1), neg_e(neg_e(add_e(num(0), num(2)))));
    let describe = |x: Expr| stmt(println(call(2, vec![x], Ty::STRING)));
    let body = vec![
        stmt(print_show(call(1, vec![sample()], Ty::INT))),
        stmt(print_show(call(1, vec![neg_e(num(4))], Ty::INT))),
        stmt(print_show(sample())),
        stmt(print_debug(sample())),
        describe(add_e(num(0), neg_e(num(3)))),
        describe(neg_e(neg_e(num(5)))),
        describe(num(-1)),
        describe(num(6)),
        describe(neg_e(num(6))),
        describe(add_e(num(1), num(2))),
        stmt(print_show(eq(sample(), sample()))),
        stmt(print_show(eq(sample(), add_e(num(1), num(2))))),
    ];
    let main = main_fn(&[], body);
    assert_prints(
        &program_with(vec![main, eval_fn(), describe_fn()], 0, adts()),
        "3\n-4\nAdd(Num(1), Neg(Neg(Add(Num(0), Num(2)))))\n\
         Add(Num(1), Neg(Neg(Add(Num(0), Num(2)))))\n\
         zero plus Neg(Num(3))\ndouble negation of Num(5)\nnegative literal\nliteral 6\n\
         compound\ncompound\ntrue\nfalse\n",
    );
}

/// `type Tree<A> do Leaf Node(Tree<A>, A, Tree<A>) end` (default derives) at `Int` and
/// `String`, with an `Option<Tree<A>>` pattern.
#[test]
fn generic_recursive_type() {
    let tree = |a: Ty| adt(0, vec![a]);
    let def = sum_def(
        "Tree",
        1,
        &[
            ("Leaf", vec![]),
            (
                "Node",
                vec![tree(Ty::Param(0)), Ty::Param(0), tree(Ty::Param(0))],
            ),
        ],
        SUM_DEFAULT,
    );
    let leaf = |a: Ty| variant(tree(a), 0, vec![]);
    let node = |l: Expr, v: Expr, r: Expr| variant(l.ty.clone(), 1, vec![l, v, r]);
    let ints = node(
        node(leaf(Ty::INT), int(1), leaf(Ty::INT)),
        int(2),
        leaf(Ty::INT),
    );
    let words = node(leaf(Ty::STRING), string("a b"), leaf(Ty::STRING));
    // case Some(ints) do Some(Node(Node(_, v, _), _, Leaf)) -> v  _ -> 0 end
    let left_value = case(
        some(ints.clone()),
        vec![
            arm(
                psome(pvariant(
                    tree(Ty::INT),
                    1,
                    vec![
                        pvariant(
                            tree(Ty::INT),
                            1,
                            vec![
                                pwild(tree(Ty::INT)),
                                pbind(0, Ty::INT),
                                pwild(tree(Ty::INT)),
                            ],
                        ),
                        pwild(Ty::INT),
                        pvariant(tree(Ty::INT), 0, vec![]),
                    ],
                )),
                None,
                var(0, Ty::INT),
            ),
            arm(pwild(Ty::option(tree(Ty::INT))), None, int(0)),
        ],
        Ty::INT,
    );
    let body = vec![
        stmt(print_show(ints.clone())),
        stmt(print_show(words.clone())),
        stmt(print_debug(words.clone())),
        stmt(print_show(left_value)),
        stmt(print_show(lt(leaf(Ty::INT), ints.clone()))),
        stmt(print_show(eq(words.clone(), words))),
    ];
    let main = main_fn(&[("v", Ty::INT)], body);
    assert_prints(
        &program_with(vec![main], 0, vec![def]),
        "Node(Node(Leaf, 1, Leaf), 2, Leaf)\nNode(Leaf, a b, Leaf)\nNode(Leaf, \"a b\", Leaf)\n1\ntrue\ntrue\n",
    );
}
