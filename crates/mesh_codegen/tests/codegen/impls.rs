//! User impls (§5.12, §5.14): operators on user types call `Add`/`Neg`/… methods, formatting
//! follows the show rule of §7, `==` and `<` use user `Eq`/`Ord` impls (also inside lists and
//! derived instances), and trait methods called on generic receivers (`Callee::Method`) go to
//! the impl of the instantiated type — or to the built-in instance when there is none.

use crate::common::*;

// Indices into `adts()`.
const VEC2: u32 = 0;
const MONEY: u32 = 1;
const SECRET: u32 = 2;
const CAT: u32 = 3;
const BOX: u32 = 4;
const WRAPPER: u32 = 5;

// Indices into the program's functions; `main` is function 0.
const VEC2_ADD: u32 = 1;
const VEC2_NEG: u32 = 2;
const MONEY_EQ: u32 = 3;
const MONEY_LT: u32 = 4;
const MONEY_TO_STRING: u32 = 5;
const SECRET_INSPECT: u32 = 6;
const CAT_DESCRIBE: u32 = 7;
const INT_DESCRIBE: u32 = 8;
const BOX_TO_STRING: u32 = 9;
const SUM_ALL: u32 = 10;
const DESCRIBE_TWICE: u32 = 11;
const DESCRIBE_ALL: u32 = 12;
const NEGATE: u32 = 13;
const ORDER: u32 = 14;
const PLUS: u32 = 15;

const DESCRIBE: &str = "Main.Describe";

fn ty(n: u32) -> Ty {
    adt(n, vec![])
}

fn t() -> Ty {
    Ty::Param(0)
}

fn adts() -> Vec<AdtDef> {
    vec![
        // struct Vec2 do x :: Float  y :: Float end deriving(Eq, Display)
        struct_def(
            "Vec2",
            0,
            &[("x", Ty::FLOAT), ("y", Ty::FLOAT)],
            Derives {
                eq: true,
                display: true,
                ..NOTHING
            },
        ),
        // struct Money do cents :: Int  currency :: String end deriving(Debug)
        struct_def(
            "Money",
            0,
            &[("cents", Ty::INT), ("currency", Ty::STRING)],
            Derives {
                debug: true,
                ..NOTHING
            },
        ),
        // struct Secret do code :: Int end deriving()
        struct_def("Secret", 0, &[("code", Ty::INT)], NOTHING),
        // struct Cat do name :: String end
        struct_def("Cat", 0, &[("name", Ty::STRING)], STRUCT_DEFAULT),
        // struct Box<T> do value :: T end deriving(Debug)
        struct_def(
            "Box",
            1,
            &[("value", t())],
            Derives {
                debug: true,
                ..NOTHING
            },
        ),
        // type Wrapper do W(Money)  Nothing end deriving(Eq, Ord, Debug)
        sum_def(
            "Wrapper",
            0,
            &[("W", vec![ty(MONEY)]), ("Nothing", vec![])],
            Derives {
                display: false,
                hash: false,
                ..ALL
            },
        ),
    ]
}

fn impls() -> Vec<ImplDef> {
    vec![
        impl_def("Add", ty(VEC2), 0, &[("add", VEC2_ADD)]),
        impl_def("Neg", ty(VEC2), 0, &[("neg", VEC2_NEG)]),
        impl_def("Eq", ty(MONEY), 0, &[("eq", MONEY_EQ)]),
        impl_def("Ord", ty(MONEY), 0, &[("lt", MONEY_LT)]),
        impl_def("Display", ty(MONEY), 0, &[("to_string", MONEY_TO_STRING)]),
        impl_def("Debug", ty(SECRET), 0, &[("inspect", SECRET_INSPECT)]),
        impl_def(DESCRIBE, ty(CAT), 0, &[("describe", CAT_DESCRIBE)]),
        impl_def(DESCRIBE, Ty::INT, 0, &[("describe", INT_DESCRIBE)]),
        impl_def(
            "Display",
            adt(BOX, vec![t()]),
            1,
            &[("to_string", BOX_TO_STRING)],
        ),
    ]
}

/// `self` and `other` of a binary method on `ty`.
fn two(ty: &Ty) -> [(&'static str, Ty); 2] {
    [("self", ty.clone()), ("other", ty.clone())]
}

/// Concatenates strings.
fn cat(parts: Vec<Expr>) -> Expr {
    parts
        .into_iter()
        .reduce(concat)
        .unwrap_or_else(|| string(""))
}

/// The functions after `main`, in index order (see the constants above).
fn library() -> Vec<Function> {
    let (v, m) = (ty(VEC2), ty(MONEY));
    let vx = |local| field(var(local, v.clone()), 0, Ty::FLOAT);
    let vy = |local| field(var(local, v.clone()), 1, Ty::FLOAT);
    let cents = |local| field(var(local, m.clone()), 0, Ty::INT);
    vec![
        // fn add(self, other :: Vec2) -> Vec2 do Vec2 { x: self.x + other.x, y: … } end
        func(
            "Vec2.add",
            &two(&v),
            2,
            v.clone(),
            struct_lit(
                v.clone(),
                vec![(0, add(vx(0), vx(1))), (1, add(vy(0), vy(1)))],
            ),
        ),
        // fn neg(self) -> Vec2 do Vec2 { x: -self.x, y: -self.y } end
        func(
            "Vec2.neg",
            &[("self", v.clone())],
            1,
            v.clone(),
            struct_lit(v.clone(), vec![(0, neg(vx(0))), (1, neg(vy(0)))]),
        ),
        // fn eq(self, other :: Money) -> Bool do self.cents == other.cents end
        func("Money.eq", &two(&m), 2, Ty::BOOL, eq(cents(0), cents(1))),
        // fn lt(self, other :: Money) -> Bool do
        //   println("lt ${self.cents} ${other.cents}")
        //   self.cents < other.cents
        // end
        func(
            "Money.lt",
            &two(&m),
            2,
            Ty::BOOL,
            block(vec![
                stmt(println(cat(vec![
                    string("lt "),
                    show(cents(0)),
                    string(" "),
                    show(cents(1)),
                ]))),
                stmt(lt(cents(0), cents(1))),
            ]),
        ),
        // fn to_string(self) -> String do "${self.cents} ${self.currency}" end
        func(
            "Money.to_string",
            &[("self", m.clone())],
            1,
            Ty::STRING,
            cat(vec![
                show(cents(0)),
                string(" "),
                field(var(0, m.clone()), 1, Ty::STRING),
            ]),
        ),
        // fn inspect(self) -> String do "Secret(***)" end
        func(
            "Secret.inspect",
            &[("self", ty(SECRET))],
            1,
            Ty::STRING,
            string("Secret(***)"),
        ),
        // fn describe(self) -> String do "cat " <> self.name end
        func(
            "Cat.describe",
            &[("self", ty(CAT))],
            1,
            Ty::STRING,
            concat(string("cat "), field(var(0, ty(CAT)), 0, Ty::STRING)),
        ),
        // fn describe(self) -> String do "int ${self}" end
        func(
            "Int.describe",
            &[("self", Ty::INT)],
            1,
            Ty::STRING,
            concat(string("int "), show(var(0, Ty::INT))),
        ),
        // impl Display for Box where T: Display: fn to_string(self) do "[${self.value}]" end
        generic_func(
            "Box.to_string",
            1,
            &[("self", adt(BOX, vec![t()]))],
            1,
            Ty::STRING,
            cat(vec![
                string("["),
                show(field(var(0, adt(BOX, vec![t()])), 0, t())),
                string("]"),
            ]),
        ),
        sum_all(),
        describe_twice(),
        // fn describe_all<T>(xs :: List<T>) -> List<String> where T: Describe do
        //   List.map(xs, Describe.describe)
        // end
        generic_func(
            "describe_all",
            1,
            &[("xs", Ty::list(t()))],
            1,
            Ty::list(Ty::STRING),
            builtin(
                Builtin::ListMap,
                vec![
                    var(0, Ty::list(t())),
                    method_ref(DESCRIBE, "describe", t(), fun_ty(vec![t()], Ty::STRING)),
                ],
                Ty::list(Ty::STRING),
            ),
        ),
        // fn negate<T>(x :: T) -> T where T: Neg do -x end   (the checker marks it NegInt)
        generic_func(
            "negate",
            1,
            &[("x", t())],
            1,
            t(),
            e(
                ExprKind::Unary {
                    op: UnaryOp::NegInt,
                    operand: Box::new(var(0, t())),
                },
                t(),
            ),
        ),
        // fn order<T>(a :: T, b :: T) -> String where T: Ord do "${a.lt(b)} ${a.compare(b)}" end
        generic_func(
            "order",
            1,
            &[("a", t()), ("b", t())],
            2,
            Ty::STRING,
            cat(vec![
                show(method_call(
                    "Ord",
                    "lt",
                    t(),
                    vec![var(0, t()), var(1, t())],
                    Ty::BOOL,
                )),
                string(" "),
                show(method_call(
                    "Ord",
                    "compare",
                    t(),
                    vec![var(0, t()), var(1, t())],
                    ordering_ty(),
                )),
            ]),
        ),
        // fn plus<T>(a :: T, b :: T) -> T where T: Add do a.add(b) end
        generic_func(
            "plus",
            1,
            &[("a", t()), ("b", t())],
            2,
            t(),
            method_call("Add", "add", t(), vec![var(0, t()), var(1, t())], t()),
        ),
    ]
}

/// ```mesh
/// fn sum_all<T>(items :: List<T>, acc :: T) -> T where T: Add do
///   case items do
///     [] -> acc
///     [h | t] -> sum_all(t, acc + h)
///   end
/// end
/// ```
fn sum_all() -> Function {
    let items = Ty::list(t());
    let body = case(
        var(0, items.clone()),
        vec![
            arm(pnil(t()), None, var(1, t())),
            arm(
                pcons(pbind(2, t()), pbind(3, items.clone())),
                None,
                call_inst(
                    SUM_ALL,
                    vec![t()],
                    vec![var(3, items.clone()), add(var(1, t()), var(2, t()))],
                    t(),
                ),
            ),
        ],
        t(),
    );
    generic_func(
        "sum_all",
        1,
        &[
            ("items", items.clone()),
            ("acc", t()),
            ("h", t()),
            ("t", items),
        ],
        2,
        t(),
        body,
    )
}

/// ```mesh
/// fn describe_twice<T>(x :: T) -> String where T: Describe do
///   x.describe() <> "/" <> x.describe()
/// end
/// ```
fn describe_twice() -> Function {
    let describe = || method_call(DESCRIBE, "describe", t(), vec![var(0, t())], Ty::STRING);
    generic_func(
        "describe_twice",
        1,
        &[("x", t())],
        1,
        Ty::STRING,
        cat(vec![describe(), string("/"), describe()]),
    )
}

fn vec2(x: f64, y: f64) -> Expr {
    struct_lit(ty(VEC2), vec![(0, float(x)), (1, float(y))])
}

fn money(cents: i64, currency: &str) -> Expr {
    struct_lit(ty(MONEY), vec![(0, int(cents)), (1, string(currency))])
}

fn secret() -> Expr {
    struct_lit(ty(SECRET), vec![(0, int(42))])
}

fn cat_named(name: &str) -> Expr {
    struct_lit(ty(CAT), vec![(0, string(name))])
}

fn boxed(v: Expr) -> Expr {
    struct_lit(adt(BOX, vec![v.ty.clone()]), vec![(0, v)])
}

fn wrapped(m: Expr) -> Expr {
    variant(ty(WRAPPER), 0, vec![m])
}

fn with_main(locals: &[(&str, Ty)], body: Vec<Stmt>) -> Program {
    let mut functions = vec![main_fn(locals, body)];
    functions.extend(library());
    program_with_impls(functions, 0, adts(), impls())
}

/// `println` of the shows of `values`, separated by spaces.
fn print_all(values: Vec<Expr>) -> Stmt {
    let mut parts = Vec::new();
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            parts.push(string(" "));
        }
        parts.push(show(v));
    }
    stmt(println(cat(parts)))
}

/// LANGUAGE.md §9.8, plus negation through a generic function at Float, Int and Vec2.
#[test]
fn arithmetic_operators_call_the_impls() {
    let v = ty(VEC2);
    let a = || var(0, ty(VEC2));
    let b = || var(1, ty(VEC2));
    let sum = |items: Vec<Expr>, elem: Ty, zero: Expr| {
        call_inst(
            SUM_ALL,
            vec![elem.clone()],
            vec![list(items, elem.clone()), zero],
            elem,
        )
    };
    let negate = |x: Expr| call_inst(NEGATE, vec![x.ty.clone()], vec![x.clone()], x.ty);
    let body = vec![
        let_(0, vec2(1.5, 2.0)),
        let_(1, vec2(0.5, -1.0)),
        print_all(vec![add(a(), b())]),
        print_all(vec![neg(a())]),
        print_all(vec![sum(vec![a(), b(), a()], v.clone(), vec2(0.0, 0.0))]),
        print_all(vec![
            sum(vec![int(1), int(2), int(3)], Ty::INT, int(0)),
            eq(add(a(), b()), vec2(2.0, 1.0)),
        ]),
        print_all(vec![negate(a()), negate(float(2.5)), negate(int(3))]),
    ];
    let program = with_main(&[("a", v.clone()), ("b", v)], body);
    assert_prints(
        &program,
        "Vec2(2, 1)\n\
         Vec2(-1.5, -2)\n\
         Vec2(3.5, 3)\n\
         6 true\n\
         Vec2(-1.5, -2) -2.5 -3\n",
    );
}

/// The show rule (§7): a user Display wins, a derived Debug gives the plain form, a user
/// Debug is used by show when there is nothing else; everywhere a value is rendered.
#[test]
fn formatting_follows_the_show_rule() {
    let body = vec![
        print_all(vec![money(100, "EUR")]),
        print_all(vec![list(
            vec![money(100, "EUR"), money(250, "USD")],
            ty(MONEY),
        )]),
        print_all(vec![
            some(money(5, "EUR")),
            wrapped(money(7, "EUR")),
            tuple(vec![money(1, "EUR"), string("x")]),
        ]),
        stmt(println(debug(wrapped(money(7, "EUR"))))),
        stmt(println(debug(money(100, "EUR")))),
        print_all(vec![secret(), list(vec![secret()], ty(SECRET))]),
        stmt(println(debug(some(secret())))),
        print_all(vec![
            boxed(float(2.5)),
            list(vec![boxed(string("s"))], adt(BOX, vec![Ty::STRING])),
            boxed(money(3, "EUR")),
        ]),
        stmt(println(debug(boxed(int(1))))),
    ];
    assert_prints(
        &with_main(&[], body),
        "100 EUR\n\
         [100 EUR, 250 USD]\n\
         Some(5 EUR) W(7 EUR) (1 EUR, x)\n\
         W(Money { cents: 7, currency: \"EUR\" })\n\
         Money { cents: 100, currency: \"EUR\" }\n\
         Secret(***) [Secret(***)]\n\
         Some(Secret(***))\n\
         [2.5] [[s]] [3 EUR]\n\
         Box { value: 1 }\n",
    );
}

/// `==` calls `eq` (negated for `!=`); `<` `>` `<=` `>=` call `lt` as §6.5 defines them (the
/// impl prints its arguments); lists, `List.contains` and derived instances of containing
/// types use the impls too, ordering through the default `compare`.
#[test]
fn equality_and_ordering_call_the_impls() {
    let m = ty(MONEY);
    let [a, b, c] = [0, 1, 2].map(|i| move || var(i, ty(MONEY)));
    let pair = |x: Expr, y: Expr| list(vec![x, y], ty(MONEY));
    let body = vec![
        let_(0, money(100, "EUR")),
        let_(1, money(100, "USD")),
        let_(2, money(250, "EUR")),
        print_all(vec![eq(a(), b()), ne(a(), b()), eq(a(), c())]),
        print_all(vec![
            eq(pair(a(), c()), pair(b(), c())),
            builtin(Builtin::ListContains, vec![pair(a(), c()), b()], Ty::BOOL),
        ]),
        print_all(vec![lt(a(), c())]),
        print_all(vec![compare(CompareOp::Gt, a(), c())]),
        print_all(vec![compare(CompareOp::LtEq, a(), c())]),
        print_all(vec![compare(CompareOp::GtEq, a(), c())]),
        print_all(vec![lt(list(vec![c()], m.clone()), list(vec![a()], m))]),
        print_all(vec![
            eq(wrapped(a()), wrapped(b())),
            lt(wrapped(a()), wrapped(c())),
        ]),
    ];
    let locals = [("a", ty(MONEY)), ("b", ty(MONEY)), ("c", ty(MONEY))];
    assert_prints(
        &with_main(&locals, body),
        "true false false\n\
         true true\n\
         lt 100 250\n\
         true\n\
         lt 250 100\n\
         false\n\
         lt 250 100\n\
         true\n\
         lt 100 250\n\
         false\n\
         lt 250 100\n\
         false\n\
         lt 100 250\n\
         true true\n",
    );
}

/// `Callee::Method` in generic functions instantiated at a user type and at `Int` (both with
/// an impl of the user interface), also used as a function value; built-in trait methods on
/// types without an impl use the built-in or derived instance.
#[test]
fn trait_methods_on_generic_receivers() {
    let twice = |x: Expr| call_inst(DESCRIBE_TWICE, vec![x.ty.clone()], vec![x], Ty::STRING);
    let all = |items: Expr| {
        let elem = items.ty.list_elem().cloned().unwrap_or(Ty::UNIT);
        call_inst(DESCRIBE_ALL, vec![elem], vec![items], Ty::list(Ty::STRING))
    };
    let order = |a: Expr, b: Expr| call_inst(ORDER, vec![a.ty.clone()], vec![a, b], Ty::STRING);
    let plus = |a: Expr, b: Expr| call_inst(PLUS, vec![a.ty.clone()], vec![a, b.clone()], b.ty);
    let body = vec![
        stmt(println(twice(cat_named("Tom")))),
        stmt(println(twice(int(7)))),
        print_all(vec![all(ints(&[3, -4]))]),
        print_all(vec![all(list(vec![cat_named("Ada")], ty(CAT)))]),
        stmt(println(order(int(1), int(2)))),
        stmt(println(order(string("b"), string("a")))),
        stmt(println(order(money(3, "EUR"), money(3, "USD")))),
        stmt(println(order(
            wrapped(money(1, "EUR")),
            variant(ty(WRAPPER), 1, vec![]),
        ))),
        print_all(vec![
            plus(int(1), int(2)),
            plus(float(1.5), float(2.0)),
            plus(vec2(1.0, 2.0), vec2(3.0, 4.0)),
        ]),
    ];
    assert_prints(
        &with_main(&[], body),
        "cat Tom/cat Tom\n\
         int 7/int 7\n\
         [int 3, int -4]\n\
         [cat Ada]\n\
         true Less\n\
         false Greater\n\
         lt 3 3\n\
         lt 3 3\n\
         false Equal\n\
         true Less\n\
         3 3.5 Vec2(4, 6)\n",
    );
}

#[test]
fn a_trait_method_without_impl_is_an_internal_error() {
    let call = method_call(
        DESCRIBE,
        "describe",
        Ty::FLOAT,
        vec![float(1.0)],
        Ty::STRING,
    );
    let program = with_main(&[], vec![stmt(println(call))]);
    let error = emit_object(&program, &Options::default()).expect_err("no impl for Float");
    assert_eq!(
        error.message,
        "internal code generation error: no impl of `Main.Describe` with a method `describe` \
         for `Float`"
    );
}
