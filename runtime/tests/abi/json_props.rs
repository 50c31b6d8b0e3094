//! Property tests of `Json`: for random values built with the builders generated code uses,
//! `parse(encode(v))` succeeds and equals `v`, re-encodes to the same text, and matches what
//! serde_json itself reads from that text (an independent check that the encoder writes valid
//! JSON with the right escapes and numbers).

use indexmap::IndexMap;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{Number, Value};

use mesh_rt::abi::gc::*;
use mesh_rt::abi::json::*;
use mesh_rt::layout::TAG_OK;

use crate::support::*;

/// A Json value on the Rust side. Objects may repeat keys: the builders keep a key's first
/// position and its last value.
#[derive(Debug, Clone)]
enum Model {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Model>),
    Object(Vec<(String, Model)>),
}

/// Any characters, control characters and non-ASCII included.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..6).prop_map(String::from_iter),
        "[a-c\"\\\\/\u{0}-\u{1f}é]{0,4}",
    ]
}

fn finite_float() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        (-1_000_000i64..1_000_000).prop_map(|i| i as f64),
        Just(-0.0),
        Just(1e21),
        Just(f64::MAX),
        Just(f64::MIN_POSITIVE),
        Just(5e-324),
    ]
}

fn model() -> impl Strategy<Value = Model> {
    let leaf = prop_oneof![
        Just(Model::Null),
        any::<bool>().prop_map(Model::Bool),
        any::<i64>().prop_map(Model::Int),
        finite_float().prop_map(Model::Float),
        text().prop_map(Model::Str),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        let key = prop_oneof!["[ab]{0,1}", text()];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Model::Array),
            prop::collection::vec((key, inner), 0..6).prop_map(Model::Object),
        ]
    })
}

/// The Mesh value of a model, built as generated code builds it.
fn build(model: &Model) -> u64 {
    match model {
        Model::Null => mesh_rt_json_null(),
        Model::Bool(b) => mesh_rt_json_bool(u64::from(*b)),
        Model::Int(i) => mesh_rt_json_int(*i),
        Model::Float(x) => mesh_rt_json_float(x.to_bits()),
        Model::Str(text) => mesh_rt_json_string(s(text)),
        Model::Array(items) => {
            mesh_rt_json_array(mesh_rt::list::build(items.len(), |i| build(&items[i])))
        }
        Model::Object(members) => members
            .iter()
            .fold(mesh_rt_json_object_new(), |obj, (k, v)| {
                let value = build(v);
                mesh_rt_json_object_put(obj, s(k), value)
            }),
    }
}

/// What serde_json should read from the encoding of a model.
fn expected(model: &Model) -> Value {
    match model {
        Model::Null => Value::Null,
        Model::Bool(b) => Value::Bool(*b),
        Model::Int(i) => Value::Number(Number::from(*i)),
        Model::Float(x) => Number::from_f64(*x).map_or(Value::Null, Value::Number),
        Model::Str(text) => Value::String(text.clone()),
        Model::Array(items) => Value::Array(items.iter().map(expected).collect()),
        Model::Object(members) => {
            let mut object = IndexMap::new();
            for (k, v) in members {
                object.insert(k.clone(), expected(v));
            }
            Value::Object(object.into_iter().collect())
        }
    }
}

#[inline(never)]
fn collect_clean() {
    clear_stack();
    mesh_rt_gc_collect();
}

fn round_trip(model: &Model) -> Result<(), TestCaseError> {
    let v = build(model);
    let encoded = mesh_rt_json_encode(v);
    let encoded_text = encoded.as_str().to_string();
    let read: Value = serde_json::from_str(&encoded_text)
        .map_err(|e| TestCaseError::fail(format!("{encoded_text}: {e}")))?;
    prop_assert_eq!(&read, &expected(model));
    prop_assert!(
        !encoded_text.contains(['\n', '\r', '\t']),
        "compact, escaped"
    );
    let parsed = mesh_rt_json_parse(encoded);
    collect_clean();
    prop_assert_eq!(field(parsed, 0), TAG_OK, "{} parses", encoded_text);
    let back = field(parsed, 1);
    prop_assert_eq!(mesh_rt_json_eq(back, v), 1);
    prop_assert_eq!(mesh_rt_json_eq(v, back), 1);
    let again = mesh_rt_json_encode(back);
    prop_assert_eq!(again.as_str(), encoded_text.as_str());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn parse_of_encode_is_the_identity(model in model()) {
        run(|| round_trip(&model))?;
    }

    #[test]
    fn parse_never_crashes_on_arbitrary_text(source in "[\\[\\]{}\",:0-9a-z.eE+\\- \\\\]{0,24}") {
        run(|| {
            let parsed = mesh_rt_json_parse(s(&source));
            let serde_ok = serde_json::from_str::<Value>(&source).is_ok();
            prop_assert_eq!(field(parsed, 0) == TAG_OK, serde_ok);
            let _ = mesh_rt_json_get(s(&source), s("a"));
            Ok(())
        })?;
    }
}
