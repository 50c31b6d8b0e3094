//! The library functions the checker knows (STDLIB.md), with their types.
//!
//! Each entry maps `Module.name` to a [`Builtin`] and a signature built from
//! fresh variables at every use (the library's generic functions are
//! polymorphic in their element types).

use crate::infer::Infer;
use crate::tir::Builtin;
use crate::ty::Ty;

/// Parameter types and result type of one use of a builtin.
pub struct Signature {
    pub params: Vec<Ty>,
    pub ret: Ty,
}

type SigFn = fn(&mut Infer) -> Signature;

struct Entry {
    module: &'static str,
    name: &'static str,
    builtin: Builtin,
    sig: SigFn,
}

fn sig(params: Vec<Ty>, ret: Ty) -> Signature {
    Signature { params, ret }
}

fn map(k: Ty, v: Ty) -> Ty {
    Ty::Con(crate::ty::TyCon::Map, vec![k, v])
}

fn result(ok: Ty, err: Ty) -> Ty {
    Ty::Con(crate::ty::TyCon::Result, vec![ok, err])
}

fn set(t: Ty) -> Ty {
    Ty::Con(crate::ty::TyCon::Set, vec![t])
}

use crate::actors::{pid, untyped_pid};
use crate::json::json;

fn queue(t: Ty) -> Ty {
    Ty::Con(crate::ty::TyCon::Queue, vec![t])
}

fn iter(t: Ty) -> Ty {
    Ty::Con(crate::ty::TyCon::Iter, vec![t])
}

fn fun(params: Vec<Ty>, ret: Ty) -> Ty {
    Ty::Fun(params, Box::new(ret))
}

macro_rules! entries {
    ($( $module:literal . $name:literal => $builtin:ident, |$inf:ident| $body:expr; )*) => {
        &[ $( Entry { module: $module, name: $name, builtin: Builtin::$builtin, sig: |$inf| $body }, )* ]
    };
}

const S: Ty = Ty::STRING;
const I: Ty = Ty::INT;

static ENTRIES: &[Entry] = entries! {
"IO"."println" => Println, |_i| sig(vec![S], Ty::UNIT);
"IO"."print" => Print, |_i| sig(vec![S], Ty::UNIT);
"IO"."puts" => Println, |_i| sig(vec![S], Ty::UNIT);
"IO"."eprintln" => Eprintln, |_i| sig(vec![S], Ty::UNIT);
"String"."length" => StringLength, |_i| sig(vec![S], I);
"String"."to_upper" => StringToUpper, |_i| sig(vec![S], S);
"String"."to_lower" => StringToLower, |_i| sig(vec![S], S);
"String"."split" => StringSplit, |_i| sig(vec![S, S], Ty::list(S));
"String"."join" => StringJoin, |_i| sig(vec![Ty::list(S), S], S);
"String"."contains" => StringContains, |_i| sig(vec![S, S], Ty::BOOL);
"String"."starts_with" => StringStartsWith, |_i| sig(vec![S, S], Ty::BOOL);
"String"."ends_with" => StringEndsWith, |_i| sig(vec![S, S], Ty::BOOL);
"String"."trim" => StringTrim, |_i| sig(vec![S], S);
"String"."slice" => StringSlice, |_i| sig(vec![S, I, I], S);
"String"."replace" => StringReplace, |_i| sig(vec![S, S, S], S);
"String"."to_int" => StringToInt, |_i| sig(vec![S], Ty::option(I));
"String"."to_float" => StringToFloat, |_i| sig(vec![S], Ty::option(Ty::FLOAT));
"Int"."to_float" => IntToFloat, |_i| sig(vec![I], Ty::FLOAT);
"Float"."to_int" => FloatToInt, |_i| sig(vec![Ty::FLOAT], I);
"List"."length" => ListLength, |i| { let t = i.fresh(); sig(vec![Ty::list(t)], I) };
"List"."is_empty" => ListIsEmpty, |i| { let t = i.fresh(); sig(vec![Ty::list(t)], Ty::BOOL) };
"List"."get" => ListGet, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone()), I], t) };
"List"."nth" => ListGet, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone()), I], t) };
"List"."head" => ListHead, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone())], t) };
"List"."tail" => ListTail, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone())], Ty::list(t)) };
"List"."last" => ListLast, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone())], t) };
"List"."append" => ListAppend, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone()), t.clone()], Ty::list(t)) };
"List"."concat" => ListConcat, |i| { let t = Ty::list(i.fresh()); sig(vec![t.clone(), t.clone()], t) };
"List"."reverse" => ListReverse, |i| { let t = Ty::list(i.fresh()); sig(vec![t.clone()], t) };
"List"."take" => ListTake, |i| { let t = Ty::list(i.fresh()); sig(vec![t.clone(), I], t) };
"List"."drop" => ListDrop, |i| { let t = Ty::list(i.fresh()); sig(vec![t.clone(), I], t) };
"List"."map" => ListMap, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![Ty::list(t.clone()), fun(vec![t], u.clone())], Ty::list(u))
};
"List"."filter" => ListFilter, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone()), fun(vec![t.clone()], Ty::BOOL)], Ty::list(t))
};
"List"."reduce" => ListReduce, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![Ty::list(t.clone()), u.clone(), fun(vec![u.clone(), t], u.clone())], u)
};
"List"."find" => ListFind, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone()), fun(vec![t.clone()], Ty::BOOL)], Ty::option(t))
};
"List"."any" => ListAny, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone()), fun(vec![t], Ty::BOOL)], Ty::BOOL)
};
"List"."all" => ListAll, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone()), fun(vec![t], Ty::BOOL)], Ty::BOOL)
};
"List"."contains" => ListContains, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone()), t], Ty::BOOL) };

"List"."fetch" => ListFetch, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone()), I], Ty::option(t)) };
"List"."sort" => ListSort, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone()), fun(vec![t.clone(), t.clone()], I)], Ty::list(t))
};
"List"."sort" => ListSortOrd, |i| { let t = Ty::list(i.fresh()); sig(vec![t.clone()], t) };
"List"."zip" => ListZip, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![Ty::list(t.clone()), Ty::list(u.clone())], Ty::list(Ty::Tuple(vec![t, u])))
};
"List"."enumerate" => ListEnumerate, |i| {
    let t = i.fresh();
    sig(vec![Ty::list(t.clone())], Ty::list(Ty::Tuple(vec![I, t])))
};
"List"."flatten" => ListFlatten, |i| { let t = Ty::list(i.fresh()); sig(vec![Ty::list(t.clone())], t) };
"List"."flat_map" => ListFlatMap, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![Ty::list(t.clone()), fun(vec![t], Ty::list(u.clone()))], Ty::list(u))
};
"IO"."read_line" => IoReadLine, |_i| sig(vec![], result(S, S));
"Env"."get" => EnvGet, |_i| sig(vec![S], Ty::option(S));
"Env"."args" => EnvArgs, |_i| sig(vec![], Ty::list(S));
"File"."read" => FileRead, |_i| sig(vec![S], result(S, S));
"File"."write" => FileWrite, |_i| sig(vec![S, S], result(Ty::UNIT, S));
"File"."append" => FileAppend, |_i| sig(vec![S, S], result(Ty::UNIT, S));
"File"."exists" => FileExists, |_i| sig(vec![S], Ty::BOOL);
"File"."delete" => FileDelete, |_i| sig(vec![S], result(Ty::UNIT, S));
"Math"."abs" => MathAbs, |i| { let t = i.fresh(); sig(vec![t.clone()], t) };
"Math"."min" => MathMin, |i| { let t = i.fresh(); sig(vec![t.clone(), t.clone()], t) };
"Math"."max" => MathMax, |i| { let t = i.fresh(); sig(vec![t.clone(), t.clone()], t) };
"Math"."pow" => MathPow, |_i| sig(vec![Ty::FLOAT, Ty::FLOAT], Ty::FLOAT);
"Math"."sqrt" => MathSqrt, |_i| sig(vec![Ty::FLOAT], Ty::FLOAT);
"Math"."floor" => MathFloor, |_i| sig(vec![Ty::FLOAT], I);
"Math"."ceil" => MathCeil, |_i| sig(vec![Ty::FLOAT], I);
"Math"."round" => MathRound, |_i| sig(vec![Ty::FLOAT], I);
"Int"."parse" => StringToInt, |_i| sig(vec![S], Ty::option(I));
"Float"."parse" => StringToFloat, |_i| sig(vec![S], Ty::option(Ty::FLOAT));
"String"."byte_size" => StringByteSize, |_i| sig(vec![S], I);
"String"."index_of" => StringIndexOf, |_i| sig(vec![S, S], Ty::option(I));
"String"."chars" => StringChars, |_i| sig(vec![S], Ty::list(S));
"Map"."new" => MapNew, |i| sig(vec![], map(i.fresh(), i.fresh()));
"Map"."put" => MapPut, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone()), k.clone(), v.clone()], map(k, v)) };
"Map"."get" => MapGet, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone()), k], v) };
"Map"."fetch" => MapFetch, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone()), k], Ty::option(v)) };
"Map"."get_or" => MapGetOr, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone()), k, v.clone()], v) };
"Map"."has_key" => MapHasKey, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v), k], Ty::BOOL) };
"Map"."delete" => MapDelete, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone()), k.clone()], map(k, v)) };
"Map"."size" => MapSize, |i| sig(vec![map(i.fresh(), i.fresh())], I);
"Map"."keys" => MapKeys, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v)], Ty::list(k)) };
"Map"."values" => MapValues, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k, v.clone())], Ty::list(v)) };
"Map"."merge" => MapMerge, |i| { let m = map(i.fresh(), i.fresh()); sig(vec![m.clone(), m.clone()], m) };
"Map"."to_list" => MapToList, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![map(k.clone(), v.clone())], Ty::list(Ty::Tuple(vec![k, v]))) };
"Map"."from_list" => MapFromList, |i| { let (k, v) = (i.fresh(), i.fresh()); sig(vec![Ty::list(Ty::Tuple(vec![k.clone(), v.clone()]))], map(k, v)) };
"Set"."new" => SetNew, |i| sig(vec![], set(i.fresh()));
"Set"."add" => SetAdd, |i| { let t = i.fresh(); sig(vec![set(t.clone()), t.clone()], set(t)) };
"Set"."remove" => SetRemove, |i| { let t = i.fresh(); sig(vec![set(t.clone()), t.clone()], set(t)) };
"Set"."contains" => SetContains, |i| { let t = i.fresh(); sig(vec![set(t.clone()), t], Ty::BOOL) };
"Set"."size" => SetSize, |i| sig(vec![set(i.fresh())], I);
"Set"."union" => SetUnion, |i| { let s = set(i.fresh()); sig(vec![s.clone(), s.clone()], s) };
"Set"."intersection" => SetIntersection, |i| { let s = set(i.fresh()); sig(vec![s.clone(), s.clone()], s) };
"Set"."difference" => SetDifference, |i| { let s = set(i.fresh()); sig(vec![s.clone(), s.clone()], s) };
"Set"."to_list" => SetToList, |i| { let t = i.fresh(); sig(vec![set(t.clone())], Ty::list(t)) };
"Set"."from_list" => SetFromList, |i| { let t = i.fresh(); sig(vec![Ty::list(t.clone())], set(t)) };
"List"."new" => ListNew, |i| sig(vec![], Ty::list(i.fresh()));
"Queue"."new" => QueueNew, |i| sig(vec![], queue(i.fresh()));
"Queue"."push" => QueuePush, |i| { let t = i.fresh(); sig(vec![queue(t.clone()), t.clone()], queue(t)) };
"Queue"."pop" => QueuePop, |i| { let t = i.fresh(); sig(vec![queue(t.clone())], Ty::Tuple(vec![t.clone(), queue(t)])) };
"Queue"."peek" => QueuePeek, |i| { let t = i.fresh(); sig(vec![queue(t.clone())], t) };
"Queue"."size" => QueueSize, |i| sig(vec![queue(i.fresh())], I);
"Queue"."is_empty" => QueueIsEmpty, |i| sig(vec![queue(i.fresh())], Ty::BOOL);
"Iter"."map" => IterMap, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![iter(t.clone()), fun(vec![t], u.clone())], iter(u))
};
"Iter"."filter" => IterFilter, |i| {
    let t = i.fresh();
    sig(vec![iter(t.clone()), fun(vec![t.clone()], Ty::BOOL)], iter(t))
};
"Iter"."take" => IterTake, |i| { let t = iter(i.fresh()); sig(vec![t.clone(), I], t) };
"Iter"."skip" => IterSkip, |i| { let t = iter(i.fresh()); sig(vec![t.clone(), I], t) };
"Iter"."enumerate" => IterEnumerate, |i| {
    let t = i.fresh();
    sig(vec![iter(t.clone())], iter(Ty::Tuple(vec![I, t])))
};
"Iter"."zip" => IterZip, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![iter(t.clone()), iter(u.clone())], iter(Ty::Tuple(vec![t, u])))
};
"Iter"."count" => IterCount, |i| sig(vec![iter(i.fresh())], I);
"Iter"."sum" => IterSum, |i| { let t = i.fresh(); sig(vec![iter(t.clone())], t) };
"Iter"."any" => IterAny, |i| {
    let t = i.fresh();
    sig(vec![iter(t.clone()), fun(vec![t], Ty::BOOL)], Ty::BOOL)
};
"Iter"."all" => IterAll, |i| {
    let t = i.fresh();
    sig(vec![iter(t.clone()), fun(vec![t], Ty::BOOL)], Ty::BOOL)
};
"Iter"."find" => IterFind, |i| {
    let t = i.fresh();
    sig(vec![iter(t.clone()), fun(vec![t.clone()], Ty::BOOL)], Ty::option(t))
};
"Iter"."reduce" => IterReduce, |i| {
    let (t, u) = (i.fresh(), i.fresh());
    sig(vec![iter(t.clone()), u.clone(), fun(vec![u.clone(), t], u.clone())], u)
};
"Iter"."next" => IterNext, |i| { let t = i.fresh(); sig(vec![iter(t.clone())], Ty::option(t)) };
"List"."collect" => ListCollect, |i| { let t = i.fresh(); sig(vec![iter(t.clone())], Ty::list(t)) };
"Map"."collect" => MapCollect, |i| {
    let (k, v) = (i.fresh(), i.fresh());
    sig(vec![iter(Ty::Tuple(vec![k.clone(), v.clone()]))], map(k, v))
};
"Set"."collect" => SetCollect, |i| { let t = i.fresh(); sig(vec![iter(t.clone())], set(t)) };
"String"."collect" => StringCollect, |_i| sig(vec![iter(S)], S);
"Timer"."now_ms" => TimerNowMs, |_i| sig(vec![], I);
"Timer"."sleep" => TimerSleep, |_i| sig(vec![I], Ty::UNIT);
"Pid"."none" => PidNone, |i| sig(vec![], pid(i.fresh()));
"Pid"."is_none" => PidIsNone, |i| sig(vec![pid(i.fresh())], Ty::BOOL);
"Node"."start" => NodeStart, |_i| sig(vec![S, S], I);
"Node"."connect" => NodeConnect, |_i| sig(vec![S], I);
"Node"."disconnect" => NodeDisconnect, |_i| sig(vec![S], I);
"Node"."self" => NodeSelf, |_i| sig(vec![], S);
"Node"."list" => NodeList, |_i| sig(vec![], Ty::list(S));
"Node"."monitor" => NodeMonitor, |_i| sig(vec![S], I);
"Global"."register" => GlobalRegister, |i| sig(vec![S, pid(i.fresh())], I);
"Global"."whereis" => GlobalWhereis, |_i| sig(vec![S], untyped_pid());
"Global"."lookup" => GlobalLookup, |_i| sig(vec![S], Ty::option(pid(Ty::UNIT)));
"Global"."unregister" => GlobalUnregister, |_i| sig(vec![S], I);
"Job"."async" => JobAsync, |i| { let t = i.fresh(); sig(vec![Ty::Fun(vec![], Box::new(t.clone()))], pid(t)) };
"Job"."await" => JobAwait, |i| { let t = i.fresh(); sig(vec![pid(t.clone())], result(t, S)) };
"Job"."await_timeout" => JobAwaitTimeout, |i| { let t = i.fresh(); sig(vec![pid(t.clone()), I], result(t, S)) };
"Job"."map" => JobMap, |i| { let (a, b) = (i.fresh(), i.fresh()); sig(vec![Ty::list(a.clone()), Ty::Fun(vec![a], Box::new(b.clone()))], Ty::list(result(b, S))) };
"Timer"."send_after" => TimerSendAfter, |i| { let m = i.fresh(); sig(vec![pid(m.clone()), I, m], Ty::UNIT) };
"Process"."register" => ProcessRegister, |i| sig(vec![S, pid(i.fresh())], I);
"Process"."whereis" => ProcessWhereis, |_i| sig(vec![S], untyped_pid());
"Process"."lookup" => ProcessLookup, |_i| sig(vec![S], Ty::option(pid(Ty::UNIT)));
"Process"."unregister" => ProcessUnregister, |_i| sig(vec![S], I);
"Process"."monitor" => ProcessMonitor, |i| sig(vec![pid(i.fresh())], I);
"Process"."demonitor" => ProcessDemonitor, |_i| sig(vec![I], I);
"Process"."exit" => ProcessExit, |i| sig(vec![pid(i.fresh()), S], Ty::UNIT);
"Process"."unlink" => ProcessUnlink, |i| sig(vec![pid(i.fresh())], Ty::UNIT);
"Process"."trap_exit" => ProcessTrapExit, |_i| sig(vec![Ty::BOOL], Ty::BOOL);
"Json"."parse" => JsonParse, |_i| sig(vec![S], result(json(), S));
"Json"."encode" => JsonEncode, |i| sig(vec![i.fresh()], S);
"Json"."encode_string" => JsonEncodeString, |_i| sig(vec![S], S);
"Json"."encode_int" => JsonEncodeInt, |_i| sig(vec![I], S);
"Json"."encode_bool" => JsonEncodeBool, |_i| sig(vec![Ty::BOOL], S);
"Json"."encode_map" => JsonEncodeMap, |_i| sig(vec![map(S, S)], S);
"Json"."encode_list" => JsonEncodeList, |_i| sig(vec![Ty::list(S)], S);
"Json"."get" => JsonGet, |_i| sig(vec![S, S], S);
"Json"."get_nested" => JsonGetNested, |_i| sig(vec![S, S, S], S);
"Json"."field" => JsonField, |_i| sig(vec![json(), S], Ty::option(json()));
"Json"."as_string" => JsonAsString, |_i| sig(vec![json()], Ty::option(S));
"Json"."as_int" => JsonAsInt, |_i| sig(vec![json()], Ty::option(I));
"Json"."as_float" => JsonAsFloat, |_i| sig(vec![json()], Ty::option(Ty::FLOAT));
"Json"."as_bool" => JsonAsBool, |_i| sig(vec![json()], Ty::option(Ty::BOOL));
"Json"."as_list" => JsonAsList, |_i| sig(vec![json()], Ty::option(Ty::list(json())));
"Json"."as_map" => JsonAsMap, |_i| sig(vec![json()], Ty::option(map(S, json())));
"Json"."is_null" => JsonIsNull, |_i| sig(vec![json()], Ty::BOOL);};

/// Library modules known to the checker in this release.
pub const MODULES: &[&str] = &[
    "IO", "String", "List", "Int", "Float", "Map", "Set", "Math", "Env", "File", "Range", "Tuple",
    "Queue", "Iter", "Timer", "Json", "JSON", "Pid", "Process", "Job", "Node", "Global",
];

/// Global functions of the prelude (§5.4) and what they stand for.
const PRELUDE: &[(&str, &str, &str)] = &[
    ("println", "IO", "println"),
    ("print", "IO", "print"),
    ("map", "List", "map"),
    ("filter", "List", "filter"),
    ("reduce", "List", "reduce"),
    ("head", "List", "head"),
    ("tail", "List", "tail"),
];

/// The names of the prelude's functions and constructors (for did-you-mean).
pub fn prelude_names() -> impl Iterator<Item = &'static str> {
    let constructors = ["Some", "None", "Ok", "Err", "Less", "Equal", "Greater"];
    PRELUDE.iter().map(|(n, _, _)| *n).chain(constructors)
}

/// A library function resolved by name.
pub struct Found {
    pub builtin: Builtin,
    pub sig: Signature,
}

/// Looks up `Module.name`, instantiating its signature.
pub fn lookup(module: &str, name: &str, inf: &mut Infer) -> Option<Found> {
    lookup_arity(module, name, None, inf)
}

/// Looks up `Module.name` taking `arity` arguments when several functions
/// share the name (`List.sort/1`, `List.sort/2`); otherwise the first.
pub fn lookup_arity(
    module: &str,
    name: &str,
    arity: Option<usize>,
    inf: &mut Infer,
) -> Option<Found> {
    let module = if module == "JSON" { "Json" } else { module };
    let mut candidates = ENTRIES
        .iter()
        .filter(|e| e.module == module && e.name == name);
    let first = candidates.next()?;
    let chosen = match arity {
        Some(n) => std::iter::once(first)
            .chain(candidates)
            .find(|e| (e.sig)(&mut Infer::default()).params.len() == n)
            .unwrap_or(first),
        None => first,
    };
    Some(Found {
        builtin: chosen.builtin,
        sig: (chosen.sig)(inf),
    })
}

/// Looks up a prelude function or a legacy flat alias (`string_length`).
pub fn lookup_global(name: &str, inf: &mut Infer) -> Option<Found> {
    if let Some((_, module, func)) = PRELUDE.iter().find(|(n, _, _)| *n == name) {
        return lookup(module, func, inf);
    }
    let (prefix, rest) = name.split_once('_')?;
    let module = MODULES.iter().find(|m| m.to_ascii_lowercase() == prefix)?;
    lookup(module, rest, inf)
}

/// The module and function a legacy flat alias spells (`range_to_list` →
/// `Range.to_list`), when that function exists.
pub fn legacy_alias(name: &str) -> Option<(&'static str, &str)> {
    let (prefix, rest) = name.split_once('_')?;
    let module = MODULES.iter().find(|m| m.to_ascii_lowercase() == prefix)?;
    names_in(module).contains(&rest).then_some((*module, rest))
}

/// Names of `module`'s functions (for did-you-mean).
pub fn names_in(module: &str) -> Vec<&'static str> {
    let module = if module == "JSON" { "Json" } else { module };
    // Lowered by the checker itself (`ranges.rs`, `tuples.rs`).
    match module {
        "Range" => return vec!["new", "to_list", "map", "filter", "length"],
        "Tuple" => return vec!["first", "second", "nth", "size"],
        // `Iter.from` is resolved by the checker (`iters.rs`).
        "Iter" => {
            let others = ENTRIES.iter().filter(|e| e.module == module);
            return std::iter::once("from")
                .chain(others.map(|e| e.name))
                .collect();
        }
        _ => {}
    }
    ENTRIES
        .iter()
        .filter(|e| e.module == module)
        .map(|e| e.name)
        .collect()
}

/// `Float.from(x)`: the one static trait method of this slice.
pub fn is_float_from(module: &str, name: &str) -> bool {
    module == "Float" && name == "from"
}
