//! Generated code and the conservative collector: values held only by generated code (locals,
//! list builders, closures, constants) survive collections triggered by heavy allocation.

use crate::common::*;

const N: i64 = 200_000;

#[test]
fn values_survive_collections() {
    let strings = Ty::list(Ty::STRING);
    let i = || var(0, Ty::INT);
    // let words = for i in 0..N do "w${i}" end   (several MiB of strings: many collections)
    let words = for_range(
        pbind(0, Ty::INT),
        int(0),
        int(N),
        None,
        concat(string("w"), show(i())),
    );
    // let pairs = for w in words when String.length(w) == 2 do (w, Some([w])) end
    let w = || var(2, Ty::STRING);
    let pair_ty = Ty::Tuple(vec![Ty::STRING, Ty::option(strings.clone())]);
    let pairs = for_list(
        pbind(2, Ty::STRING),
        var(1, strings.clone()),
        Some(eq(
            builtin(Builtin::StringLength, vec![w()], Ty::INT),
            int(2),
        )),
        tuple(vec![w(), some(list(vec![w()], Ty::STRING))]),
    );
    let body = vec![
        let_(1, words),
        let_(3, pairs),
        stmt(print_show(builtin(
            Builtin::ListLength,
            vec![var(1, strings.clone())],
            Ty::INT,
        ))),
        stmt(println(builtin(
            Builtin::ListLast,
            vec![var(1, strings.clone())],
            Ty::STRING,
        ))),
        stmt(print_debug(var(3, Ty::list(pair_ty.clone())))),
        stmt(println(constant(0, Ty::STRING))),
    ];
    let locals = [
        ("i", Ty::INT),
        ("words", strings.clone()),
        ("w", Ty::STRING),
        ("pairs", Ty::list(pair_ty)),
    ];
    let mut p = main_only(&locals, body);
    p.constants = vec![const_def(
        "banner",
        concat(string("still "), string("here")),
    )];
    let expected = format!(
        "{N}\nw{}\n[{}]\nstill here\n",
        N - 1,
        (0..10)
            .map(|d| format!("(\"w{d}\", Some([\"w{d}\"]))"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    assert_prints(&p, &expected);
}

/// A tail-recursive loop that allocates on every iteration runs in bounded memory and keeps
/// its accumulator alive.
#[test]
fn allocating_tail_loop() {
    let n = || var(0, Ty::INT);
    let acc = || var(1, Ty::option(Ty::STRING));
    // fn go(n, acc) = if n == 0 do acc else go(n - 1, Some("${n}")) end
    let recurse = call(
        1,
        vec![sub(n(), int(1)), some(show(n()))],
        Ty::option(Ty::STRING),
    );
    let go = func(
        "go",
        &[("n", Ty::INT), ("acc", Ty::option(Ty::STRING))],
        2,
        Ty::option(Ty::STRING),
        if_else(eq(n(), int(0)), acc(), recurse),
    );
    let main = main_fn(
        &[],
        vec![stmt(print_show(call(
            1,
            vec![int(1_000_000), none(Ty::STRING)],
            Ty::option(Ty::STRING),
        )))],
    );
    assert_prints(&program(vec![main, go], 0), "Some(1)\n");
}

/// Struct updates in an allocating loop: each copy keeps the untouched fields (a heap string
/// built at run time) alive through the collections.
#[test]
fn struct_updates_survive_collections() {
    // struct Stats do count :: Int  last :: String  first :: String end
    let stats = adt(0, vec![]);
    let def = struct_def(
        "Stats",
        0,
        &[
            ("count", Ty::INT),
            ("last", Ty::STRING),
            ("first", Ty::STRING),
        ],
        STRUCT_DEFAULT,
    );
    let n = || var(0, Ty::INT);
    let s = || var(1, stats.clone());
    // fn go(n, s) = if n == 0 do s else go(n - 1, %{s | count: s.count + 1, last: "${n}"}) end
    let updated = update(
        s(),
        vec![(0, add(field(s(), 0, Ty::INT), int(1))), (1, show(n()))],
    );
    let go = func(
        "go",
        &[("n", Ty::INT), ("s", stats.clone())],
        2,
        stats.clone(),
        if_else(
            eq(n(), int(0)),
            s(),
            call(1, vec![sub(n(), int(1)), updated], stats.clone()),
        ),
    );
    let start = struct_lit(
        stats.clone(),
        vec![
            (0, int(0)),
            (1, string("none")),
            (2, concat(string("fi"), string("rst"))),
        ],
    );
    let main = main_fn(
        &[],
        vec![stmt(print_debug(call(1, vec![int(N), start], stats)))],
    );
    assert_prints(
        &program_with(vec![main, go], 0, vec![def]),
        &format!("Stats {{ count: {N}, last: \"1\", first: \"first\" }}\n"),
    );
}
