//! `for` comprehensions over ranges and lists with filters, `break` and `continue` (§5.9), and
//! `while` loops.

use crate::common::*;

fn int_list() -> Ty {
    Ty::list(Ty::INT)
}

/// The examples of LANGUAGE.md §9.10 that do not involve maps.
#[test]
fn comprehensions() {
    let i = || var(0, Ty::INT);
    let x = || var(1, Ty::INT);
    let squares = for_range(
        pbind(0, Ty::INT),
        int(1),
        int(6),
        Some(eq(rem(i(), int(2)), int(1))),
        mul(i(), i()),
    );
    let firsts = for_list(
        pbind(1, Ty::INT),
        ints(&[5, 8, -1, 9]),
        None,
        block(vec![
            stmt(if_(lt(x(), int(0)), brk())),
            stmt(mul(x(), int(2))),
        ]),
    );
    let skip_twos = for_list(
        pbind(1, Ty::INT),
        ints(&[1, 2, 3, 2, 4]),
        None,
        block(vec![stmt(if_(eq(x(), int(2)), cont())), stmt(x())]),
    );
    let grid = for_range(
        pbind(2, Ty::INT),
        int(0),
        int(2),
        None,
        for_range(
            pbind(3, Ty::INT),
            int(0),
            int(3),
            None,
            add(mul(var(2, Ty::INT), int(3)), var(3, Ty::INT)),
        ),
    );
    let empty = for_range(pbind(0, Ty::INT), int(5), int(1), None, i());
    let locals = [
        ("i", Ty::INT),
        ("x", Ty::INT),
        ("r", Ty::INT),
        ("c", Ty::INT),
    ];
    let body = vec![
        stmt(print_show(squares)),
        stmt(print_show(firsts)),
        stmt(print_show(skip_twos)),
        stmt(print_show(grid)),
        stmt(print_show(empty)),
    ];
    assert_prints(
        &main_only(&locals, body),
        "[1, 9, 25]\n[10, 16]\n[1, 3, 4]\n[[0, 1, 2], [3, 4, 5]]\n[]\n",
    );
}

/// `for (name, n) in pairs when n > 1 do "${name}=${n}" end`
#[test]
fn comprehension_with_tuple_pattern() {
    let pair = |s: &str, n: i64| tuple(vec![string(s), int(n)]);
    let pairs = list(
        vec![pair("a", 1), pair("b", 2), pair("c", 3)],
        Ty::Tuple(vec![Ty::STRING, Ty::INT]),
    );
    let body = concat(
        concat(var(0, Ty::STRING), string("=")),
        show(var(1, Ty::INT)),
    );
    let comp = for_list(
        ptuple(vec![pbind(0, Ty::STRING), pbind(1, Ty::INT)]),
        pairs,
        Some(compare(CompareOp::Gt, var(1, Ty::INT), int(1))),
        body,
    );
    let joined = builtin(Builtin::StringJoin, vec![comp, string(", ")], Ty::STRING);
    assert_prints(
        &main_only(
            &[("name", Ty::STRING), ("n", Ty::INT)],
            vec![stmt(println(joined))],
        ),
        "b=2, c=3\n",
    );
}

/// `while` with `break` and `continue` inside a comprehension body.
#[test]
fn while_loops() {
    let once = while_(
        boolean(true),
        block(vec![stmt(println(string("once"))), stmt(brk())]),
    );
    let never = while_(boolean(false), println(string("never")));
    // for i in 0..3 do (while true do if i == 1 do break end; break end); i end — inner break
    // leaves only the while.
    let inner = while_(
        boolean(true),
        block(vec![
            stmt(if_(eq(var(0, Ty::INT), int(1)), brk())),
            stmt(brk()),
        ]),
    );
    let comp = for_range(
        pbind(0, Ty::INT),
        int(0),
        int(3),
        None,
        block(vec![stmt(inner), stmt(var(0, Ty::INT))]),
    );
    let body = vec![stmt(print_show(once)), stmt(never), stmt(print_show(comp))];
    assert_prints(&main_only(&[("i", Ty::INT)], body), "once\n()\n[0, 1, 2]\n");
}

/// `return` from inside a loop leaves the function.
#[test]
fn return_from_a_loop() {
    // fn first_big(xs) do for x in xs do if x > 10 do return x end; x end; 0 end
    let x = || var(1, Ty::INT);
    let body = block(vec![
        stmt(for_list(
            pbind(1, Ty::INT),
            var(0, int_list()),
            None,
            block(vec![
                stmt(if_(compare(CompareOp::Gt, x(), int(10)), ret(x()))),
                stmt(x()),
            ]),
        )),
        stmt(int(0)),
    ]);
    let f = func(
        "first_big",
        &[("xs", int_list()), ("x", Ty::INT)],
        1,
        Ty::INT,
        body,
    );
    let main = main_fn(
        &[],
        vec![
            stmt(print_show(call(1, vec![ints(&[1, 20, 30])], Ty::INT))),
            stmt(print_show(call(1, vec![ints(&[1])], Ty::INT))),
        ],
    );
    assert_prints(&program(vec![main, f], 0), "20\n0\n");
}
