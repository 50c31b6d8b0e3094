//! `x.hash()` (§6.5): exact FNV-1a values of primitives, composites and user types, checked
//! against a reference implementation of the definition written here, independently of the
//! generated code; a user `impl Hash` wins over the derived hash at every depth.

use crate::common::*;

// ---------------------------------------------------------------------------------------------
// The reference: §6.5 spelled out on bytes.

const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(bytes: &[u8]) -> i64 {
    bytes.iter().fold(OFFSET, |state, b| {
        (state ^ u64::from(*b)).wrapping_mul(PRIME)
    }) as i64
}

/// FNV-1a over words, each as 8 little-endian bytes.
fn fnv_words(words: &[i64]) -> i64 {
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    fnv(&bytes)
}

fn int_hash(n: i64) -> i64 {
    fnv_words(&[n])
}

fn float_hash(x: f64) -> i64 {
    let x = if x == 0.0 { 0.0 } else { x };
    fnv_words(&[x.to_bits() as i64])
}

/// A variant: its index, then each field's hash.
fn variant_hash(index: i64, fields: &[i64]) -> i64 {
    let mut words = vec![index];
    words.extend_from_slice(fields);
    fnv_words(&words)
}

// ---------------------------------------------------------------------------------------------

fn hash(x: Expr) -> Expr {
    e(ExprKind::Hash(Box::new(x)), Ty::INT)
}

fn print_hash(x: Expr) -> Stmt {
    stmt(print_show(hash(x)))
}

fn lines(values: &[i64]) -> String {
    values.iter().map(|v| format!("{v}\n")).collect()
}

#[test]
fn primitives_hash_as_the_definition_says() {
    let body = vec![
        print_hash(int(0)),
        print_hash(int(1)),
        print_hash(int(-1)),
        print_hash(boolean(true)),
        print_hash(string("")),
        print_hash(string("a")),
        print_hash(atom("a")),
        print_hash(unit()),
        print_hash(float(1.5)),
        print_hash(float(0.0)),
        print_hash(float(-0.0)),
    ];
    let expected = [
        int_hash(0),
        int_hash(1),
        int_hash(-1),
        int_hash(1),
        fnv(b""),
        fnv(b"a"),
        fnv(b"a"),
        OFFSET as i64,
        float_hash(1.5),
        float_hash(0.0),
        float_hash(0.0),
    ];
    // Published values, so that the reference itself is checked too.
    assert_eq!(int_hash(0), -6284781860667377211);
    assert_eq!(fnv(b""), -3750763034362895579);
    assert_eq!(float_hash(-0.0), int_hash(0));
    assert_prints(&main_only(&[], body), &lines(&expected));
}

#[test]
fn composites_hash_their_components_hashes() {
    let pair = tuple(vec![some(int(1)), list(vec![boolean(true)], Ty::BOOL)]);
    let body = vec![
        print_hash(some(int(1))),
        print_hash(none(Ty::INT)),
        print_hash(ints(&[1, 2])),
        print_hash(ints(&[])),
        print_hash(err(string("x"), Ty::INT)),
        print_hash(ordering(2)),
        print_hash(pair),
        print_hash(range(int(1), int(3))),
    ];
    let expected = [
        variant_hash(1, &[int_hash(1)]),
        variant_hash(0, &[]),
        fnv_words(&[int_hash(1), int_hash(2)]),
        OFFSET as i64,
        variant_hash(1, &[fnv(b"x")]),
        variant_hash(2, &[]),
        fnv_words(&[variant_hash(1, &[int_hash(1)]), fnv_words(&[int_hash(1)])]),
        fnv_words(&[int_hash(1), int_hash(3)]),
    ];
    assert_eq!(variant_hash(1, &[int_hash(1)]), 7591423033073918008);
    assert_prints(&main_only(&[], body), &lines(&expected));
}

// Indices into the user types.
const KEY: u32 = 0;
const COIN: u32 = 1;
const SECRET: u32 = 2;

fn user_types() -> Vec<AdtDef> {
    vec![
        // struct Key do id :: Int  name :: String end deriving(Eq, Hash)
        struct_def("Key", 0, &[("id", Ty::INT), ("name", Ty::STRING)], ALL),
        // type Coin<T> do One  Two(T, Float) end deriving(Eq, Hash)
        sum_def(
            "Coin",
            1,
            &[("One", vec![]), ("Two", vec![Ty::Param(0), Ty::FLOAT])],
            ALL,
        ),
        // struct Secret do code :: Int end  +  impl Hash for Secret (always 42)
        struct_def("Secret", 0, &[("code", Ty::INT)], NOTHING),
    ]
}

/// `fn hash(self :: Secret) -> Int do 42 end`
fn secret_hash() -> Function {
    func(
        "hash",
        &[("self", adt(SECRET, vec![]))],
        1,
        Ty::INT,
        int(42),
    )
}

/// `fn rehash<T: Hash>(x :: T) -> Int do x.hash() end`: the built-in or derived instance, or
/// the user impl, by the instantiation.
fn rehash() -> Function {
    let body = method_call(
        "Hash",
        "hash",
        Ty::Param(0),
        vec![var(0, Ty::Param(0))],
        Ty::INT,
    );
    generic_func("rehash", 1, &[("x", Ty::Param(0))], 1, Ty::INT, body)
}

#[test]
fn user_types_hash_derived_or_by_their_impl() {
    let key = struct_lit(adt(KEY, vec![]), vec![(1, string("a")), (0, int(1))]);
    let coin = |t: Ty| adt(COIN, vec![t]);
    let two = variant(coin(Ty::STRING), 1, vec![string("b"), float(-0.0)]);
    let one = variant(coin(Ty::INT), 0, vec![]);
    let secret = || struct_lit(adt(SECRET, vec![]), vec![(0, int(7))]);
    let secret_ty = adt(SECRET, vec![]);
    let body = vec![
        print_hash(key),
        print_hash(two),
        print_hash(one),
        print_hash(secret()),
        print_hash(list(vec![secret()], secret_ty.clone())),
        print_hash(some(secret())),
        stmt(print_show(call_inst(
            2,
            vec![secret_ty],
            vec![secret()],
            Ty::INT,
        ))),
        stmt(print_show(call_inst(
            2,
            vec![Ty::INT],
            vec![int(1)],
            Ty::INT,
        ))),
    ];
    let expected = [
        fnv_words(&[int_hash(1), fnv(b"a")]),
        variant_hash(1, &[fnv(b"b"), float_hash(0.0)]),
        variant_hash(0, &[]),
        42,
        fnv_words(&[42]),
        variant_hash(1, &[42]),
        42,
        int_hash(1),
    ];
    assert_eq!(fnv_words(&[int_hash(1), fnv(b"a")]), 4354856516802194048);
    let functions = vec![main_fn(&[], body), secret_hash(), rehash()];
    let impls = vec![impl_def("Hash", adt(SECRET, vec![]), 0, &[("hash", 1)])];
    let p = program_with_impls(functions, 0, user_types(), impls);
    assert_prints(&p, &lines(&expected));
}

#[test]
fn a_recursive_type_hashes_through_its_own_helper() {
    // type Tree do Leaf  Node(Tree, Int, Tree) end deriving(Hash)
    let tree = adt(0, vec![]);
    let def = sum_def(
        "Tree",
        0,
        &[
            ("Leaf", vec![]),
            ("Node", vec![tree.clone(), Ty::INT, tree.clone()]),
        ],
        ALL,
    );
    let leaf = || variant(tree.clone(), 0, vec![]);
    let node = variant(tree.clone(), 1, vec![leaf(), int(5), leaf()]);
    let p = program_with(vec![main_fn(&[], vec![print_hash(node)])], 0, vec![def]);
    let leaf_hash = variant_hash(0, &[]);
    let expected = variant_hash(1, &[leaf_hash, int_hash(5), leaf_hash]);
    assert_prints(&p, &lines(&[expected]));
}
